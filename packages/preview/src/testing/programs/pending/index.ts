// Awaits a promise nothing will ever settle: the event loop empties while the program is still waiting.
export = async (): Promise<void> => {
  await new Promise<void>(() => undefined);
};

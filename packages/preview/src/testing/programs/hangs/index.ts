// Polls for an endpoint that never answers: the runner must stop it at its timeout.
export = new Promise<void>(() => {
  setInterval(() => undefined, 1_000);
});

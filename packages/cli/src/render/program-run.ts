import { terminalText } from "./sanitize";

/**
 * Tells the user that a Pulumi program is about to run, and shows that it runs. Running a program executes its code
 * on this machine with the caller's environment, credentials included: the note says so on standard error (not
 * with `--quiet`). On a terminal, a progress line with the elapsed time follows until `done()` clears it.
 */
export function announceProgramRun(directory: string, quiet: boolean | undefined): { done(): void } {
  if (quiet) return { done() {} };
  const stream = process.stderr;
  const name = terminalText(directory);
  stream.write(
    `note: running the Pulumi program in ${name}: its code runs on this machine with your environment and credentials\n`,
  );
  if (!stream.isTTY) return { done() {} };
  const started = Date.now();
  const draw = () =>
    stream.write(`\r\u001b[Krunning the program in ${name}… ${Math.floor((Date.now() - started) / 1000)}s`);
  draw();
  const timer = setInterval(draw, 1000);
  timer.unref();
  return {
    done() {
      clearInterval(timer);
      stream.write("\r\u001b[K");
    },
  };
}

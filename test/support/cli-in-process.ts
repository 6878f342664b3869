import { Readable } from "node:stream";
import { main } from "../../packages/cli/src/main";

/** What one in-process `relais` run printed and its exit code. */
export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** What a run sees besides its arguments. */
export interface RunOptions {
  /** What the command reads as standard input (empty when not given, as a child process's closed stdin). */
  stdin?: string | Buffer | Readable;
  /**
   * Environment variables set for this run only (`undefined` unsets one). `NO_COLOR` and `FORCE_COLOR` are unset
   * unless given, so that output does not depend on the shell the tests run from.
   */
  env?: Record<string, string | undefined>;
  /** Working directory for this run only. */
  cwd?: string;
}

/**
 * Runs `relais` in this process through `main(argv)`, capturing what it writes: much faster than a child process.
 * Its standard input, output and error are never terminals, as when the CLI is piped (even when Jest runs in band
 * from a terminal). What only a real process shows (the bin launcher, exit status, signals, a terminal, module
 * loading) is tested through `./cli-process` instead.
 */
export async function runMain(argv: readonly string[], options: RunOptions = {}): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const capture = (append: (text: string) => void) => (chunk: string | Uint8Array) => {
    append(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
    return true;
  };
  const out = jest.spyOn(process.stdout, "write").mockImplementation(capture((text) => (stdout += text)) as never);
  const err = jest.spyOn(process.stderr, "write").mockImplementation(capture((text) => (stderr += text)) as never);
  const restoreStdin = replaceStdin(options.stdin ?? "");
  const restoreTty = [process.stdout, process.stderr].map(notTerminal);
  const restoreEnv = replaceEnv({ NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env });
  const directory = process.cwd();
  if (options.cwd) process.chdir(options.cwd);
  try {
    const code = await main(argv);
    return { code, stdout, stderr };
  } finally {
    process.chdir(directory);
    restoreEnv();
    out.mockRestore();
    err.mockRestore();
    restoreStdin();
    for (const restore of restoreTty) restore();
  }
}

/** Makes `process.stdin` a stream of `content` for one run. */
function replaceStdin(content: string | Buffer | Readable): () => void {
  const original = Object.getOwnPropertyDescriptor(process, "stdin") as PropertyDescriptor;
  const stream = content instanceof Readable ? content : Readable.from([Buffer.from(content)]);
  Object.defineProperty(process, "stdin", { configurable: true, get: () => stream });
  return () => Object.defineProperty(process, "stdin", original);
}

/** Makes `stream` look piped for one run (`isTTY` unset), as a child process's output is. */
function notTerminal(stream: NodeJS.WriteStream): () => void {
  const original = Object.getOwnPropertyDescriptor(stream, "isTTY");
  Object.defineProperty(stream, "isTTY", { configurable: true, value: undefined });
  return () => {
    if (original) Object.defineProperty(stream, "isTTY", original);
    else delete (stream as { isTTY?: boolean }).isTTY;
  };
}

/** Sets (or, for `undefined`, unsets) environment variables; returns what puts the previous values back. */
function replaceEnv(values: Record<string, string | undefined>): () => void {
  const previous = Object.fromEntries(Object.keys(values).map((name) => [name, process.env[name]]));
  const assign = (entries: Record<string, string | undefined>) => {
    for (const [name, value] of Object.entries(entries)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
  assign(values);
  return () => assign(previous);
}

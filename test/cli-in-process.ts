import { Readable } from "node:stream";
import { main } from "../packages/cli/src/main";

/** What one in-process `relais` run printed and its exit code. */
export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `relais` in this process through `main(argv)`, capturing what it writes: much faster than a child process,
 * for tests that run the CLI many times. `stdin`, when given, is what the command reads as standard input.
 */
export async function runMain(argv: readonly string[], stdin?: string | Buffer | Readable): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const capture = (append: (text: string) => void) => (chunk: string | Uint8Array) => {
    append(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
    return true;
  };
  const out = jest.spyOn(process.stdout, "write").mockImplementation(capture((text) => (stdout += text)) as never);
  const err = jest.spyOn(process.stderr, "write").mockImplementation(capture((text) => (stderr += text)) as never);
  const restoreStdin = stdin === undefined ? undefined : replaceStdin(stdin);
  try {
    const code = await main(argv);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
    restoreStdin?.();
  }
}

/** Makes `process.stdin` a stream of `content` for one run. */
function replaceStdin(content: string | Buffer | Readable): () => void {
  const original = Object.getOwnPropertyDescriptor(process, "stdin") as PropertyDescriptor;
  const stream = content instanceof Readable ? content : Readable.from([Buffer.from(content)]);
  Object.defineProperty(process, "stdin", { configurable: true, get: () => stream });
  return () => Object.defineProperty(process, "stdin", original);
}

import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { REPO_ROOT } from "./policies";

/** The built `relais` launcher. */
export const BIN = join(REPO_ROOT, "packages", "cli", "dist", "bin.js");

/** What one `relais` process printed and its exit status (null when a signal ended it). */
export interface ProcessRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface ProcessOptions {
  /** Added to this process's environment (`undefined` unsets one); `NO_COLOR` and `FORCE_COLOR` are unset unless given. */
  env?: Record<string, string | undefined>;
  /** Working directory (the repository root unless given). */
  cwd?: string;
  /** Written to standard input, which is then closed. */
  stdin?: string;
  /** Node options placed before the launcher (`--require` a preload). */
  nodeArgs?: readonly string[];
  /** Replaces the whole command line (to run it under `script`, for a terminal). */
  command?: readonly string[];
  /** Called with the running process (to send it a signal). */
  onStart?: (child: ChildProcess) => void;
}

/**
 * Runs the built `relais` as a child process, without blocking this one (test servers answer from here). For what
 * only a real process shows: the launcher, its exit status, signals, a terminal, which modules it loads. Everything
 * else runs in-process through `runMain` (`./cli-in-process`), which is many times faster.
 */
export function relaisProcess(args: readonly string[], options: ProcessOptions = {}): Promise<ProcessRun> {
  const [program, ...rest] = options.command ?? [process.execPath, ...(options.nodeArgs ?? []), BIN, ...args];
  return new Promise((resolve, reject) => {
    const child = spawn(program!, rest, {
      cwd: options.cwd ?? REPO_ROOT,
      env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? "");
    options.onStart?.(child);
  });
}

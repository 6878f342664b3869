import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REPO_ROOT } from "@relais/test-support";

/**
 * Runs the built `relais` as a child process, without blocking this one (test servers answer from here); `command`
 * replaces the whole command line (to run it under `script`, for a terminal).
 */
export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export const BIN = join(REPO_ROOT, "packages/cli/dist/bin.js");
const HOME = mkdtempSync(join(tmpdir(), "relais-failover-home-"));

export function relais(
  args: readonly string[],
  options: {
    env?: Record<string, string>;
    cwd?: string;
    stdin?: string;
    command?: readonly string[];
    /** Called with the running process (to send it a signal). */
    onStart?: (child: ChildProcess) => void;
  } = {},
): Promise<Run> {
  const [program, ...rest] = options.command ?? [process.execPath, BIN, ...args];
  return new Promise((resolve, reject) => {
    const child = spawn(program!, rest, {
      cwd: options.cwd ?? REPO_ROOT,
      env: {
        PATH: process.env.PATH ?? "",
        HOME,
        AWS_EC2_METADATA_DISABLED: "true",
        AWS_CONFIG_FILE: join(HOME, "no-config"),
        AWS_SHARED_CREDENTIALS_FILE: join(HOME, "no-credentials"),
        AWS_ACCESS_KEY_ID: "AKIDRELAISE2E",
        AWS_SECRET_ACCESS_KEY: "e2e-secret",
        OSC_ACCESS_KEY: "AKOSCE2E",
        OSC_SECRET_KEY: "osc-e2e-secret",
        ...options.env,
      },
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

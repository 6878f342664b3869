import { fork } from "node:child_process";
import { join, relative } from "node:path";
import type { PulumiProject } from "../project/pulumi-project";
import { childEntry } from "./child-entry";
import { importLocation } from "./import-location";
import { ProgramError, ProgramTimeoutError } from "./program-errors";
import type { CapturedResource, ChildMessage, JsonValue, RunFailure, RunRequest, SourceLocation } from "./protocol";

/** JavaScript's own error types, whose name says something (`TypeError: x is undefined`); others speak for themselves. */
const BUILT_IN_ERRORS = new Set(["TypeError", "ReferenceError", "SyntaxError", "RangeError", "EvalError", "URIError"]);

/** Default time a program may take under mocks before it is stopped. */
export const DEFAULT_TIMEOUT_MS = 60_000;

/**
 * A program under mocks keeps nearly everything it allocates (every resource holds its outputs and their promises),
 * so young-generation collections copy a lot: a 64 MiB semi-space makes them rarer and cuts the child's CPU time by
 * about 13% on the benchmark program (more memory: about 570 MiB instead of 470 MiB at 2,000 resources).
 */
const CHILD_NODE_OPTIONS = ["--max-semi-space-size=64"];

/** Most program output (stdout and stderr) kept for `--debug`; the rest is cut from the start. */
const MAX_OUTPUT = 64 * 1024;

export interface RunProgramOptions {
  /** Extra config, added over the stack's (such as `relais:evacuate`). */
  config?: Record<string, string>;
  /** Stop the program after this many ms. Default {@link DEFAULT_TIMEOUT_MS}. */
  timeoutMs?: number;
  /** Stops the run (the child is killed) and rejects with the signal's reason. */
  signal?: AbortSignal;
}

/** What one offline run of a program captured. */
export interface ProgramCapture {
  project: string;
  stack: string;
  /** Every resource the program registered, in registration order (the root stack resource included). */
  resources: CapturedResource[];
  /** Manifests registered by Relais components (unvalidated JSON; see `@relais/policy` `Manifest`). */
  manifests: JsonValue[];
  /** The stack outputs. */
  outputs: JsonValue;
  /** What the program printed (stdout and stderr, the last 64 KiB). */
  output: string;
  stats: {
    /** Wall time of the whole run, fork included, in ms. */
    durationMs: number;
    /** Peak resident set size of the child, in bytes. */
    maxRssBytes: number;
    /** Wall time in the child, from the request to the result, in ms. */
    childDurationMs: number;
    /** CPU time the child used, in ms. */
    cpuMs: number;
  };
}

/**
 * Runs a Pulumi program offline: forks a child process that loads the program under `pulumi.runtime.setMocks`
 * with the project's configuration, and collects every resource it registers. Rejects with a {@link ProgramError}
 * when the program throws (with its file and line) and a {@link ProgramTimeoutError} when it does not finish.
 */
export function runProgram(project: PulumiProject, options: RunProgramOptions = {}): Promise<ProgramCapture> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const started = Date.now();
  const request: RunRequest = {
    kind: "run",
    directory: project.directory,
    entry: project.entry,
    project: project.name,
    stack: project.stack,
    config: { ...project.config.values, ...options.config },
    secretKeys: project.config.secretKeys,
  };
  const child = fork(childEntry(), [], {
    cwd: project.directory,
    env: childEnvironment(),
    execArgv: CHILD_NODE_OPTIONS,
    stdio: ["ignore", "pipe", "pipe", "ipc"],
  });
  let output = "";
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString("utf8")).slice(-MAX_OUTPUT);
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);

  return new Promise<ProgramCapture>((resolvePromise, reject) => {
    let settled = false;
    const settle = (action: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener("abort", abort);
      action();
    };
    const abort = () =>
      settle(() => {
        child.kill("SIGKILL");
        reject(options.signal?.reason);
      });
    if (options.signal?.aborted) abort();
    else options.signal?.addEventListener("abort", abort);
    const timer = setTimeout(() => {
      settle(() => {
        child.kill("SIGKILL");
        reject(timeoutError(project, timeoutMs));
      });
    }, timeoutMs);
    child.on("message", (message: ChildMessage) => {
      if (message.kind === "result") {
        settle(() =>
          resolvePromise({
            project: project.name,
            stack: project.stack,
            resources: message.resources,
            manifests: message.manifests,
            outputs: message.outputs,
            output,
            stats: {
              durationMs: Date.now() - started,
              maxRssBytes: message.maxRssBytes,
              childDurationMs: message.durationMs,
              cpuMs: message.cpuMs,
            },
          }),
        );
      } else {
        settle(() => reject(programError(project, message)));
      }
    });
    child.on("error", (error) => settle(() => reject(error)));
    child.on("exit", (code, signal) => {
      settle(() => reject(crashError(project, code, signal, output)));
    });
    child.send(request);
  });
}

/** The parent's environment, without the variables that would connect the child to a real Pulumi engine. */
function childEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    // RUST_BACKTRACE would make the TypeScript transpiler (SWC, native code) print a Rust backtrace on a syntax
    // error; the user needs the error's place in their file, not the transpiler's internals.
    if (
      key.startsWith("PULUMI_NODEJS_") ||
      key === "PULUMI_CONFIG" ||
      key === "PULUMI_CONFIG_SECRET_KEYS" ||
      key === "RUST_BACKTRACE" ||
      key === "RUST_LIB_BACKTRACE"
    ) {
      delete env[key];
    }
  }
  return env;
}

function describe(project: PulumiProject): string {
  return `the program ${project.name} (stack ${project.stack})`;
}

/** A location as the user can open it: relative to the working directory, `file:line:column`. */
function where(project: PulumiProject, location: SourceLocation): string {
  const file = relative(process.cwd(), join(project.directory, location.file)) || location.file;
  return `${file}:${location.line}:${location.column}`;
}

function programError(project: PulumiProject, failure: RunFailure): ProgramError {
  const at = failure.location ? ` at ${where(project, failure.location)}` : "";
  if (failure.missingModule && !failure.missingModule.startsWith(".")) {
    const location =
      (failure.location && importLocation(project.directory, failure.location, failure.missingModule)) ??
      failure.location;
    return new ProgramError(
      `${describe(project)} cannot load the module ${failure.missingModule}${location ? ` at ${where(project, location)}` : ""}`,
      `install the program's dependencies in ${project.directory} (npm install, or pnpm install in a workspace)`,
      location,
      failure.stack,
    );
  }
  const kind = BUILT_IN_ERRORS.has(failure.name) ? `${failure.name}: ` : "";
  return new ProgramError(
    `${describe(project)} failed${at}: ${kind}${failure.message}`,
    failure.hint ??
      (failure.location
        ? `fix ${failure.location.file} line ${failure.location.line}, then preview again (--debug shows the program's stack)`
        : "preview again with --debug to see the program's stack trace"),
    failure.location,
    failure.stack,
  );
}

function timeoutError(project: PulumiProject, timeoutMs: number): ProgramTimeoutError {
  const seconds = timeoutMs / 1000;
  return new ProgramTimeoutError(
    `${describe(project)} did not finish within ${seconds} s and was stopped`,
    "it may wait on something that never settles (a network call, a timer, an Output that never resolves); " +
      "if it is only slow, raise the limit with --timeout",
    timeoutMs,
  );
}

function crashError(project: PulumiProject, code: number | null, signal: string | null, output: string): ProgramError {
  const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
  const tail = output.trim().split("\n").slice(-5).join("\n");
  return new ProgramError(
    `${describe(project)} ${how} before it finished${tail ? `:\n${tail}` : ""}`,
    "a program must not call process.exit; run it with --debug for its output",
    null,
    null,
  );
}

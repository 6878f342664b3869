/**
 * The child process of the preview runner: runs one Pulumi program under `pulumi.runtime.setMocks` and sends back
 * what it registered. Started by `runProgram` with `child_process.fork`; receives one {@link RunRequest}.
 */
import { createRequire } from "node:module";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { type MockMonitorLike, ResourceRecorder } from "./capture";
import { toJsonValue } from "./json-value";
import { deferTypeScriptShim } from "./lazy-typescript";
import { applyMockSpeedups } from "./mock-speedups";
import type { ChildMessage, RunFailure, RunRequest } from "./protocol";
import { registeredManifests } from "./registered-manifests";
import { locateUserFrame, type SourceMaps } from "./source-location";
import { installTypeScriptHook } from "./typescript-hook";

/** Deep enough to reach the user's frame behind a component's own frames when a component throws. */
const STACK_TRACE_LIMIT = 25;

interface PulumiModule {
  runtime: {
    setMocks(mocks: unknown, project?: string, stack?: string, preview?: boolean): Promise<void> | void;
    getMonitor(): MockMonitorLike | undefined;
    runInPulumiStack(init: () => Promise<unknown>): Promise<unknown>;
    waitForRPCs?(): Promise<void>;
  };
}

let finished = false;
let sourceMaps: SourceMaps = new Map();
let request: RunRequest | undefined;

process.once("message", (message: RunRequest) => {
  request = message;
  run(message).catch(fail);
});
process.on("uncaughtException", fail);
process.on("unhandledRejection", fail);
// The event loop emptied while the program still awaited something: nothing can ever settle it.
process.on("beforeExit", () => {
  if (!finished && request) {
    const error = new Error("it stopped with work pending: it awaits a promise that never settles");
    fail(Object.assign(error, { hint: "make sure every promise the program awaits settles", stack: undefined }));
  }
});

async function run(req: RunRequest): Promise<void> {
  const started = performance.now();
  process.chdir(req.directory);
  Object.assign(process.env, {
    PULUMI_CONFIG: JSON.stringify(req.config),
    PULUMI_CONFIG_SECRET_KEYS: JSON.stringify(req.secretKeys),
    PULUMI_NODEJS_PROJECT: req.project,
    PULUMI_NODEJS_STACK: req.stack,
  });
  Error.stackTraceLimit = STACK_TRACE_LIMIT;
  const programRequire = createRequire(join(req.directory, "__relais_preview__.js"));
  if (/\.[cm]?tsx?$/.test(req.entry)) sourceMaps = installTypeScriptHook();
  deferTypeScriptShim(programRequire);
  const pulumi = programRequire("@pulumi/pulumi") as PulumiModule;
  applyMockSpeedups(programRequire);
  const recorder = new ResourceRecorder();
  await pulumi.runtime.setMocks(recorder.mocks, req.project, req.stack, true);
  const monitor = pulumi.runtime.getMonitor();
  if (monitor) recorder.attach(monitor);
  const outputs = await pulumi.runtime.runInPulumiStack(() => runEntry(programRequire, req.entry));
  await pulumi.runtime.waitForRPCs?.();
  const manifests = await registeredManifests();
  send({
    kind: "result",
    resources: recorder.resources,
    manifests: manifests.map((manifest) => toJsonValue(manifest)),
    outputs: toJsonValue(outputs),
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
    durationMs: performance.now() - started,
    cpuMs: (process.cpuUsage().user + process.cpuUsage().system) / 1000,
  });
}

/** Pulumi's rule: a module that exports a function is called, and what it returns becomes the stack outputs. */
async function runEntry(programRequire: NodeJS.Require, entry: string): Promise<unknown> {
  const exported = entry.endsWith(".mjs")
    ? ((await import(pathToFileURL(entry).href)) as Record<string, unknown>)
    : (programRequire(entry) as unknown);
  const record = exported as { default?: unknown; __esModule?: boolean } | null;
  if (typeof exported === "function") return await (exported as () => unknown)();
  if (record && typeof record.default === "function" && (record.__esModule || entry.endsWith(".mjs"))) {
    return await (record.default as () => unknown)();
  }
  return exported;
}

function fail(error: unknown): void {
  const failure: RunFailure = {
    kind: "error",
    name: error instanceof Error ? error.name : "Error",
    message: error instanceof Error ? error.message : String(error),
    hint: hintOf(error),
    location:
      error instanceof Error && error.stack && request
        ? locateUserFrame(error.stack, request.directory, sourceMaps)
        : null,
    missingModule: missingModule(error),
    stack: error instanceof Error ? (error.stack ?? null) : null,
  };
  send(failure);
}

function hintOf(error: unknown): string | null {
  const hint = (error as { hint?: unknown } | null)?.hint;
  return typeof hint === "string" ? hint : null;
}

function missingModule(error: unknown): string | null {
  if ((error as { code?: unknown } | null)?.code !== "MODULE_NOT_FOUND") return null;
  return /Cannot find module '([^']+)'/.exec((error as Error).message)?.[1] ?? null;
}

function send(message: ChildMessage): void {
  if (finished) return;
  finished = true;
  process.send!(message, () => process.exit(0));
}

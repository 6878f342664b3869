import type { Command } from "commander";
import { UsageError } from "../errors";
import { collectRepeated, parseTimeFlag } from "../options";

/** The flags of the commands that talk to the sites' APIs (`check`, `failover`), as commander gives them. */
export interface SiteClientFlags {
  endpoint?: string[];
  profile?: string[];
  timeout: string;
  requestTimeout: string;
  concurrency: string;
}

/** The site-client settings those flags stand for. */
export interface SiteClientSettings {
  deadlineMs: number;
  requestTimeoutMs: number;
  concurrency: number;
}

/**
 * Adds the flags of the shared site-client layer: endpoints and profiles per site, the run deadline (its default
 * and what it means differ per command), the per-request timeout and how many sites are worked on at once.
 */
export function withSiteClientFlags(command: Command, deadline: { default: string; help: string }): Command {
  return command
    .option("--endpoint <site=url>", "send this site's requests to URL (repeatable)", collectRepeated)
    .option("--profile <[site=]name>", "AWS profile for a site, or for every site (repeatable)", collectRepeated)
    .option("--timeout <duration>", deadline.help, deadline.default)
    .option("--request-timeout <duration>", "timeout of each request (retried on timeout)", "10s")
    .option("--concurrency <n>", "sites worked on at once", "4");
}

/** Reads the flags added by `withSiteClientFlags`, refusing a bad duration or count with its flag. */
export async function parseSiteClientFlags(flags: SiteClientFlags): Promise<SiteClientSettings> {
  const concurrency = Number(flags.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) {
    throw new UsageError(`--concurrency ${flags.concurrency} is not a number of sites from 1 to 64`);
  }
  // The SDK warns about Node 20 on every run; relais supports Node 20, so the notice is only noise here.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
  return {
    deadlineMs: await parseTimeFlag("--timeout", flags.timeout),
    requestTimeoutMs: await parseTimeFlag("--request-timeout", flags.requestTimeout),
    concurrency,
  };
}

/**
 * Runs `run` with Ctrl-C turned into an abort signal (the run stops cleanly and reports what it did) and, when a
 * progress display is given, its updates; the display is stopped however the run ends.
 */
export async function runInterruptibly<P, R>(
  display: { update(progress: P): void; stop(): void } | undefined,
  run: (onProgress: ((progress: P) => void) | undefined, signal: AbortSignal) => Promise<R>,
): Promise<R> {
  const interrupt = new AbortController();
  const onSigint = () => interrupt.abort("interrupted (Ctrl-C)");
  process.once("SIGINT", onSigint);
  try {
    return await run(display ? (progress) => display.update(progress) : undefined, interrupt.signal);
  } finally {
    process.removeListener("SIGINT", onSigint);
    display?.stop();
  }
}

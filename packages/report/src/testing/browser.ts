/**
 * Headless Chromium for the plan's browser test (`test/docs-browser.test.ts`). `playwright-core` is a development
 * dependency of this package, so the test reaches it through here.
 */
import { type Browser, chromium } from "playwright-core";

/** Debian's Chromium, as `.ci/run` installs it (`apt-get install -y chromium`). */
export const CHROMIUM = "/usr/bin/chromium";

/** Launches headless Chromium offline: no network features, no first-run, no background services. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export type { Browser, Page } from "playwright-core";

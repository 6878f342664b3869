/**
 * Headless Chromium for the plan's browser test (`test/docs-browser.test.ts`). `playwright-core` is a development
 * dependency of this package, so the test reaches it through here.
 */
import { type Browser, chromium } from "playwright-core";

/**
 * Launches headless Chromium (or Chrome) offline: no network features, no first-run, no background services.
 * `executablePath` is the browser the test command found (`test/setup/chromium.ts`).
 */
export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
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

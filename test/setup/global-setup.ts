import { ensureChromium } from "./chromium";

/** Before any test runs: provide what the tests need from the machine (a browser for the plan's browser test). */
export default function globalSetup(): void {
  ensureChromium((line) => process.stderr.write(`${line}\n`));
}

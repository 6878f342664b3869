import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { REPO_ROOT } from "@relais/test-support";
import { type Browser, launchChromium } from "../packages/report/src/testing/browser";
import { findChromium } from "./setup/chromium";
import { runMain } from "./support/cli-in-process";

/** The DOM as far as the page functions below use it (the tests are type-checked without the DOM library). */
interface Shape {
  getBBox(): { width: number };
}
interface NodeElement {
  querySelector(selector: string): Shape;
  querySelectorAll(selector: string): ArrayLike<Shape>;
}
declare function getComputedStyle(element: unknown): { breakBefore: string };

const ARTIFACTS = join(REPO_ROOT, "test-artifacts");

let dir: string;
let html: string;
let browser: Browser;

beforeAll(async () => {
  // The test command installs Debian's chromium when it can (test/setup/global-setup.ts); else this says how to.
  const found = findChromium();
  if (found.path === null) throw new Error(found.message);
  dir = mkdtempSync(join(tmpdir(), "relais-docs-browser-"));
  html = join(dir, "plan.html");
  const args = ["docs", "examples/policies/acme-payments.yaml", "--today", "2026-11-28", "--out", html, "--quiet"];
  const result = await runMain(args, { cwd: REPO_ROOT });
  if (result.code !== 0) throw new Error(`relais docs failed: ${result.stderr}`);
  browser = await launchChromium(found.path);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("the HTML plan in a real browser (headless Chromium)", () => {
  it("opens from a local file without console errors, with visible, non-empty SVG diagrams", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning")
        problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));

    await page.goto(pathToFileURL(html).href, { waitUntil: "load" });
    await expect(page.title()).resolves.toBe("Business continuity plan: acme-payments");

    const diagrams = ["#topology-diagram", "#dependency-diagram", "#scenario-heatmap"];
    for (const selector of diagrams) {
      const svg = page.locator(selector);
      await svg.scrollIntoViewIfNeeded();
      await expect(svg.isVisible()).resolves.toBe(true);
      const box = await svg.boundingBox();
      expect(box?.width).toBeGreaterThan(200);
      expect(box?.height).toBeGreaterThan(100);
    }
    await expect(page.locator("#topology-diagram g.node").count()).resolves.toBe(11);
    await expect(page.locator("#topology-diagram g.edge").count()).resolves.toBeGreaterThanOrEqual(12);
    // 6 services and 6 suppliers, the two hosting providers (outscale, aws-eusc) included.
    await expect(page.locator("#dependency-diagram g.node").count()).resolves.toBe(12);
    await expect(page.locator("#scenario-heatmap g.cell").count()).resolves.toBeGreaterThan(0);
    // Each node's label fits inside its box, as the layout measured it.
    const overflow = await page.locator("#topology-diagram g.node").evaluateAll(
      (nodes: NodeElement[]) =>
        nodes.filter((node) => {
          const box = node.querySelector("rect").getBBox();
          return Array.from(node.querySelectorAll("text")).some((text) => text.getBBox().width > box.width);
        }).length,
    );
    expect(overflow).toBe(0);

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, "plan.png"), fullPage: true });
    expect(problems).toEqual([]);
    expect(requests.filter((url) => !url.startsWith("file:"))).toEqual([]);
    await page.close();
  }, 60_000);

  it("prints on A4 pages, each major section starting a page", async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(html).href, { waitUntil: "load" });
    await page.emulateMedia({ media: "print" });
    const breaks = await page
      .locator("section.major")
      .evaluateAll(
        (sections: unknown[]) => sections.filter((section) => getComputedStyle(section).breakBefore === "page").length,
      );
    await expect(page.locator("section.major").count()).resolves.toBe(breaks);
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThan(breaks);
    await page.close();
  }, 60_000);
});

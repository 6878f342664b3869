import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { examplePolicyText } from "@relais/test-support";
import { runMain } from "./support/cli-in-process";

const ESC = "\u001b";
/** Clears the screen, homes the cursor and prints a fake verdict. */
const ATTACK = `${ESC}[2J${ESC}[H${ESC}]0;owned${ESC}\\✔ nothing loosened`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "relais-terminal-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

/** The example policy whose first declared scenario has `id`. */
function withScenarioId(id: string): string {
  const text = examplePolicyText();
  expect(text).toContain("id: outscale-outage,");
  return text.replace("id: outscale-outage,", `id: ${JSON.stringify(id)},`);
}

describe("terminal control sequences from user text never reach the terminal", () => {
  it("validate escapes them in findings", async () => {
    const file = write("tier.yaml", examplePolicyText().replace("tier: critical", `tier: ${JSON.stringify(ATTACK)}`));
    const { code, stdout } = await runMain(["validate", file, "--today", "2026-11-28"]);
    expect(code).toBe(1);
    expect(stdout).not.toContain(ESC);
    expect(stdout).toContain("\\u001b[2J");
  });

  it("preview escapes them in scenario ids, line breaks included", async () => {
    const id = `x\n${ATTACK}`;
    const file = write("scenario.yaml", withScenarioId(id));
    const { stdout, stderr } = await runMain(["preview", file, "--scenario", id, "--today", "2026-11-28"]);
    expect(stderr).not.toContain("internal error");
    expect(stdout).not.toContain(ESC);
    expect(stdout).not.toMatch(/^✔ nothing loosened/m);
    expect(stdout).toContain("x\\u000a\\u001b[2J");
  });

  it("diff escapes them in the errors of an invalid side", async () => {
    const old = write("old.yaml", examplePolicyText());
    const changed = write("new.yaml", examplePolicyText().replace("tier: critical", `tier: ${JSON.stringify(ATTACK)}`));
    const { code, stdout, stderr } = await runMain(["diff", old, changed]);
    expect(code).toBe(2);
    expect(stdout + stderr).not.toContain(ESC);
  });
});

describe("preview --format md", () => {
  it("escapes HTML in every field and keeps code spans on one line", async () => {
    const id = "evil`\n<script>alert(1)</script>";
    const file = write("html.yaml", withScenarioId(id));
    const { stdout, stderr } = await runMain([
      "preview",
      file,
      "--scenario",
      id,
      "--format",
      "md",
      "--today",
      "2026-11-28",
    ]);
    expect(stderr).not.toContain("internal error");
    expect(stdout).not.toContain("<script>");
    expect(stdout).toContain("&lt;script&gt;");
    // Every code span opened on a line closes on it: an odd number of backticks would leak the rest of the line.
    for (const line of stdout.split("\n")) expect((line.match(/`/g) ?? []).length % 2).toBe(0);
  });
});

import fs, { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { examplePolicyText } from "@relais/test-support";
import { runMain } from "./support/cli-in-process";
import { scratchDirectory } from "./support/scratch";

const scratch = scratchDirectory("out");
let policy: string;
beforeAll(() => {
  policy = scratch.write("continuity.yaml", examplePolicyText());
});
afterEach(() => jest.restoreAllMocks());

/** Makes every write of a temporary file fail as a full disk does. */
function diskFull(): void {
  const write = fs.writeFileSync;
  jest.spyOn(fs, "writeFileSync").mockImplementation((path, ...rest) => {
    if (String(path).endsWith(".tmp")) {
      throw Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC", syscall: "write", path });
    }
    return write(path, ...rest);
  });
}

describe("--out writes a whole file or nothing", () => {
  it("leaves the previous plan intact and no temporary file when the disk is full", async () => {
    const out = join(scratch.dir, "full", "plan.md");
    mkdirSync(join(scratch.dir, "full"));
    writeFileSync(out, "previous plan\n");
    diskFull();
    const { code, stderr } = await runMain(["docs", policy, "--today", "2026-11-28", "--out", out]);
    expect(code).toBe(2);
    expect(stderr).toContain(`cannot write ${join(scratch.dir, "full", "plan.md")}`);
    expect(stderr).toContain("no space left on the device (ENOSPC)");
    expect(stderr).not.toContain("internal error");
    expect(readFileSync(out, "utf8")).toBe("previous plan\n");
    expect(readdirSync(join(scratch.dir, "full"))).toEqual(["plan.md"]);
  });

  it("replaces the file in one step when the write succeeds", async () => {
    const out = join(scratch.dir, "ok", "plan.md");
    const { code } = await runMain(["docs", policy, "--today", "2026-11-28", "--out", out, "--quiet"]);
    expect(code).toBe(0);
    expect(readFileSync(out, "utf8")).toMatch(/^# /);
    expect(readdirSync(join(scratch.dir, "ok"))).toEqual(["plan.md"]);
  });

  it.each([
    ["a directory", () => scratch.dir, "it is a directory (EISDIR)"],
    ["a path through a file", () => join(policy, "plan.md"), "a part of the path is not a directory (ENOTDIR)"],
    ["a directory that cannot be made, under /proc", () => "/proc/nope/plan.md", "/proc/nope"],
  ])("refuses %s as a usage error naming the path", async (_, out, reason) => {
    const { code, stderr } = await runMain(["docs", policy, "--today", "2026-11-28", "--format", "md", "--out", out()]);
    expect(code).toBe(2);
    expect(stderr).toContain(reason);
    expect(stderr).not.toContain("internal error");
  });
});

describe("register writes its files all or nothing", () => {
  it("writes none of the CSV files when one of them cannot be written", async () => {
    const out = join(scratch.dir, "register");
    mkdirSync(join(out, "b_06.01.csv"), { recursive: true });
    const { code, stderr } = await runMain(["register", policy, "--out", out]);
    expect(code).toBe(2);
    expect(stderr).toContain("b_06.01.csv");
    expect(readdirSync(out)).toEqual(["b_06.01.csv"]);
  });
});

describe("init", () => {
  it("never follows a dangling symbolic link", async () => {
    const target = join(scratch.dir, "init-target.yaml");
    const linked = join(scratch.dir, "init-link");
    mkdirSync(linked);
    symlinkSync(target, join(linked, "continuity.yaml"));
    const { code, stderr } = await runMain(["init", linked]);
    expect(code).toBe(2);
    expect(stderr).toContain("already exists");
    expect(existsSync(target)).toBe(false);
  });
});

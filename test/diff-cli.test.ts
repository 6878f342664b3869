import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";
import { fullPolicy } from "../packages/report/src/testing/fixtures";
import { runMain } from "./support/cli-in-process";

function relais(args: readonly string[], stdin?: string) {
  return runMain(args, { stdin, env: { NO_COLOR: "1" } });
}

let dir: string;
let base: string;
const write = (name: string, mutate: (policy: ReturnType<typeof fullPolicy>) => void = () => {}) => {
  const policy = fullPolicy();
  mutate(policy);
  const file = join(dir, name);
  writeFileSync(file, stringify(policy));
  return file;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "relais-diff-"));
  base = write("base.yaml");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("relais diff", () => {
  it("exits 0 when nothing changed", async () => {
    const result = await relais(["diff", base, base]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("No change in the policy.");
    expect(result.stdout).toContain("✔ nothing loosened");
  });

  it("exits 1 on a loosening change and says what and why", async () => {
    const looser = write("looser.yaml", (policy) => {
      policy.tiers.critical.rto = "30m";
      if (policy.crisisCell) delete policy.crisisCell.roles[1].deputy;
    });
    const result = await relais(["diff", base, looser]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("Loosened (2)");
    expect(result.stdout).toContain("  tiers.critical.rto  RTO raised from 15m to 30m");
    expect(result.stdout).toContain("  crisisCell.roles[1].deputy  deputy of communications removed (was Marc Petit)");
    expect(result.stdout).toContain("✘ the change loosens the plan");
  });

  it("exits 0 when every change is tightened or neutral", async () => {
    const stricter = write("stricter.yaml", (policy) => {
      policy.tiers.critical.rto = "10m";
      policy.services.api.owner = "platform";
    });
    const result = await relais(["diff", base, stricter]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Tightened (1)");
    expect(result.stdout).toContain("Neutral (1)");
  });

  it("exits 1 when only the scenario matrix gets worse, and shows it", async () => {
    const slower = write("slower.yaml", (policy) => {
      // 18 units on site-b next to db's 4 exceed its capacity of 20 when site-a is lost.
      policy.services.api.capacity.required = 18;
    });
    const result = await relais(["diff", base, slower]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("Neutral (1)");
    expect(result.stdout).toContain("worse   zone-a-loss: service api recovered → degraded");
  });

  it("reads one side from standard input (git show main:continuity.yaml | relais diff - continuity.yaml)", async () => {
    const looser = write("stdin-new.yaml", (policy) => {
      policy.suppliers["payments-switch"].alternates = [];
    });
    const result = await relais(["diff", "-", looser], readFileSync(base, "utf8"));
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("relais diff standard input → ");
    expect(result.stdout).toContain("suppliers.payments-switch.alternates  alternate backup-switch removed");
  });

  it("writes JSON with every change, the matrix effect and the summary", async () => {
    const looser = write("json.yaml", (policy) => {
      policy.services.api.data = { mode: "async-replication", lag: "45s" };
    });
    const result = await relais(["diff", base, looser, "--format", "json"]);
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout);
    expect(Object.keys(json)).toEqual([
      "schemaVersion",
      "old",
      "new",
      "before",
      "after",
      "changes",
      "matrix",
      "summary",
      "loosened",
    ]);
    expect(json.changes).toContainEqual({
      kind: "loosened",
      path: "services.api.data.lag",
      reason: "replication lag raised from 30s to 45s",
      before: "30s",
      after: "45s",
    });
    expect(json.loosened).toBe(true);
    expect(json.summary.loosened).toBe(
      json.changes.filter((change: { kind: string }) => change.kind === "loosened").length,
    );
  });

  it("writes Markdown for a pull-request comment", async () => {
    const looser = write("md.yaml", (policy) => {
      policy.scenarios = policy.scenarios?.filter((scenario) => scenario.id !== "flu");
    });
    const result = await relais(["diff", base, looser, "--format", "md"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("## Continuity policy review: test-policy");
    expect(result.stdout).toContain("**🔴 This change loosens the plan.**");
    expect(result.stdout).toContain("| `scenarios[3]` | scenario flu removed: the plan no longer prepares for it |");
  });

  it("exits 2 and prints the findings when a side is invalid", async () => {
    const invalid = write("invalid.yaml", (policy) => {
      policy.services.api.sites = ["site-a"];
    });
    const result = await relais(["diff", base, invalid]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(`the new policy (${invalid}) is invalid`);
    expect(result.stderr).toContain("tier-min-sites");
  });

  it.each([
    [["diff", "-", "-"], "only one side of relais diff can be standard input"],
    [["diff", "missing.yaml", "x.yaml"], "cannot read missing.yaml: no such file"],
    [["diff", "a", "b", "--format", "html"], "--format html is not supported"],
  ])("exits 2 on %j", async (args, message) => {
    const result = await relais(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it("refuses binary standard input", async () => {
    const result = await relais(["diff", "-", base], "\u0000\u0001binary");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("standard input is binary");
  });
});

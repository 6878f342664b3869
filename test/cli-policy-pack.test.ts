import { join } from "node:path";
import { REPO_ROOT } from "@relais/test-support";
import { runMain } from "./support/cli-in-process";

/** `relais preview <program-dir>` is also the offline deployment gate: the policy pack's rules, exit 1 on a mandatory one. */
const VIOLATIONS = join("packages", "preview", "src", "testing", "programs", "gate-violations");

async function preview(args: string[]) {
  const result = await runMain(["preview", ...args, "--today", "2026-11-28"], {
    cwd: REPO_ROOT,
    env: { NO_COLOR: "1" },
  });
  return { code: result.code, output: `${result.stdout}${result.stderr}` };
}

describe("relais preview <program-dir> runs the policy pack", () => {
  it("exits 1 and names the rule and the resource's URN on a mandatory violation", async () => {
    const { code, output } = await preview([VIOLATIONS, "--scenario", "paris-loss"]);
    expect(code).toBe(1);
    expect(output).toContain(
      "urn:pulumi:dev::gate-violations::pulumi:pulumi:Stack$aws:route53/record:Record::api-record  relais-failover-record-health-check: failover record api-record (PRIMARY) has no health check",
    );
    expect(output).toContain("[policy-pack]");
    // The same policy and scenario on a program without violations passes: the exit 1 is the pack's.
    expect((await preview([VIOLATIONS.replace("gate-violations", "raw-aws"), "--scenario", "paris-loss"])).code).toBe(
      0,
    );
  }, 120_000);

  it("lists the example's acknowledged risks as warnings and lets it through (exit 0)", async () => {
    const { code, output } = await preview(["examples/hybrid-headquarters", "--evacuate", "dc-velizy"]);
    expect(output).toContain("relais-acknowledged-risks: acknowledged: site osc-gov-b lacks dataReceiver");
    expect(output).not.toMatch(/error.*\[policy-pack\]/);
    expect(code).toBe(0);
  }, 120_000);
});

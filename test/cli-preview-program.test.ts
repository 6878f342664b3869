import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { REPO_ROOT } from "@relais/test-support";
import { runMain } from "./support/cli-in-process";

/** `relais preview <program-dir>` end to end: the CLI runs real programs offline under mocks. */
const PROGRAMS = join(REPO_ROOT, "packages", "preview", "src", "testing", "programs");
const EXAMPLE = join(REPO_ROOT, "examples", "hybrid-headquarters");
const SLOW = 120_000;

/** `relais preview`, in-process, from the repository root, dated 2026-11-28. */
function relais(args: string[], env: Record<string, string | undefined> = {}) {
  return runMain(["preview", ...args, "--today", "2026-11-28"], { cwd: REPO_ROOT, env });
}

const program = (name: string) => relative(REPO_ROOT, join(PROGRAMS, name));

interface Change {
  op: string;
  name: string;
  type: string;
  diffs: Array<{ path: string; old?: unknown; new?: unknown }>;
}

describe("relais preview on the bundled example program", () => {
  it(
    "--all --format json: the policy preview's shape plus the program, its drift and no evacuation",
    async () => {
      const { code, stdout, stderr } = await relais([relative(REPO_ROOT, EXAMPLE), "--all", "--format", "json"]);
      expect(code).toBe(1); // billing fails over by hand, and the pandemic takes 40% of the staff
      expect(stderr).not.toContain("error");
      const json = JSON.parse(stdout);
      expect(Object.keys(json)).toEqual([
        "schemaVersion",
        "policy",
        "findings",
        "program",
        "drift",
        "scenarios",
        "summary",
        "evacuation",
      ]);
      expect(json.policy).toBe("hybrid-headquarters");
      expect(json.program).toMatchObject({ project: "hybrid-headquarters", stack: "dev", directory: EXAMPLE });
      expect(json.program.resources).toBeGreaterThan(20);
      expect(json.drift).toEqual([]);
      expect(json.evacuation).toBeNull();
      expect(json.scenarios.map((scenario: { id: string }) => scenario.id)).toEqual([
        "hq-inaccessible",
        "datacenter-fire",
        "cloudgouv-region-loss",
        "fiber-cut",
        "pandemic-wave",
        "site-loss:osc-gov-a",
        "site-loss:osc-gov-b",
        "site-loss:aws-paris",
        "supplier-outage:backup-carrier",
      ]);
      const fire = json.scenarios[1].services;
      expect(fire.map((service: { id: string; status: string }) => [service.id, service.status])).toEqual([
        ["customer-portal", "recovered"],
        ["billing", "recovered"],
      ]);
      expect(fire[0].rto.estimate).toBe(390);
    },
    SLOW,
  );

  it(
    "--evacuate dc-velizy: the change set, then the simulated loss of the datacenter",
    async () => {
      const { code, stdout } = await relais([relative(REPO_ROOT, EXAMPLE), "--evacuate", "dc-velizy"]);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Preview of hybrid-headquarters \(examples\/hybrid-headquarters\)/);
      expect(stdout).toContain("Evacuation of dc-velizy (stack dev, offline, mocks): 19 to update, 20 unchanged");
      // The standby instances are started: their states change, none is deleted.
      for (const vm of ["portal-osc-gov-a-vm-1", "portal-osc-gov-a-vm-2", "portal-osc-gov-a-vm-3"]) {
        expect(stdout).toContain(
          `~ update  aws:ec2transitgateway/instanceState:InstanceState  ${vm}-state\n      state: "stopped" → "running"`,
        );
      }
      expect(stdout).toContain(
        '~ update  aws:ec2transitgateway/instanceState:InstanceState  billing-osc-gov-b-vm-1-state\n      state: "stopped" → "running"',
      );
      expect(stdout).not.toContain("- delete");
      // The primary record moves to Outscale with its health check; no record changes type.
      expect(stdout).toContain(
        "~ update  aws:route53/record:Record  portal-primary-record\n" +
          '      healthCheckId: "portal-dc-velizy-health-id" → "portal-osc-gov-a-health-id"\n' +
          '      records[0]: "portal.dc-velizy.hybrid-hq.example" → "portal.osc-gov-a.hybrid-hq.example"',
      );
      expect(stdout).not.toContain("failoverRoutingPolicies");
      expect(stdout).toContain("Preview of hybrid-headquarters (losing dc-velizy, as deployed)");
      expect(stdout).toContain("━━ site-loss:dc-velizy (site-loss)");
      expect(stdout.indexOf("Evacuation of dc-velizy")).toBeLessThan(stdout.indexOf("site-loss:dc-velizy"));
    },
    SLOW,
  );
});

describe("relais preview --evacuate on a two-region program", () => {
  let json: {
    evacuation: {
      changeSet: { engine: string; evacuate: string; summary: object; changes: Change[] };
      outcome: object;
    };
  };
  beforeAll(async () => {
    const { code, stdout } = await relais([
      program("failover"),
      "--evacuate",
      "aws-paris",
      "--format",
      "json",
      "--quiet",
    ]);
    expect(code).toBe(0);
    json = JSON.parse(stdout);
  }, SLOW);

  it("moves the capacity: Frankfurt's group grows to required, Paris' shrinks to standby", async () => {
    const groups = json.evacuation.changeSet.changes.filter((change) => change.type === "aws:autoscaling/group:Group");
    expect(groups.map((group) => [group.op, group.name, group.diffs])).toEqual([
      [
        "update",
        "api-aws-frankfurt-asg",
        [
          { path: "desiredCapacity", old: 1, new: 4 },
          { path: "minSize", old: 1, new: 4 },
          { path: "tags[4].value", old: "standby", new: "primary" },
        ],
      ],
      [
        "update",
        "api-aws-paris-asg",
        [
          { path: "desiredCapacity", old: 4, new: 1 },
          { path: "minSize", old: 4, new: 1 },
          { path: "tags[4].value", old: "primary", new: "standby" },
        ],
      ],
    ]);
  });

  it("moves the failover roles: the primary record points at Frankfurt, the secondary at Paris; no type changes", async () => {
    const records = json.evacuation.changeSet.changes.filter((change) => change.type === "aws:route53/record:Record");
    expect(records.map((record) => [record.name, record.diffs])).toEqual([
      [
        "api-primary-record",
        [
          { path: "healthCheckId", old: "api-aws-paris-health-id", new: "api-aws-frankfurt-health-id" },
          { path: "records[0]", old: "aws-paris.origin.example.com", new: "aws-frankfurt.origin.example.com" },
        ],
      ],
      [
        "api-secondary-record",
        [
          { path: "healthCheckId", old: "api-aws-frankfurt-health-id", new: "api-aws-paris-health-id" },
          { path: "records[0]", old: "aws-frankfurt.origin.example.com", new: "aws-paris.origin.example.com" },
        ],
      ],
    ]);
  });

  it("changes nothing else than the api's roles, and leaves the batch service, already off Paris, alone", async () => {
    const { changeSet } = json.evacuation;
    expect(changeSet).toMatchObject({ engine: "mock", evacuate: "aws-paris" });
    expect(changeSet.summary).toEqual({ create: 0, update: 12, replace: 0, delete: 0, same: 17 });
    expect(changeSet.changes.every((change) => change.op === "update" && change.name.startsWith("api-"))).toBe(true);
    const others = changeSet.changes.filter(
      (change) => !["aws:autoscaling/group:Group", "aws:route53/record:Record"].includes(change.type),
    );
    for (const change of others) {
      expect(change.diffs.every((diff) => /relais:role|tags\[\d+\]\.value/.test(diff.path))).toBe(true);
    }
  });

  it("simulates the loss of Paris on what is deployed", async () => {
    expect(json.evacuation.outcome).toMatchObject({
      id: "site-loss:aws-paris",
      services: [
        { id: "api", status: "recovered", failoverSite: "aws-frankfurt" },
        { id: "batch", status: "unaffected" },
      ],
    });
  });
});

describe("relais preview: drift between a program and its policy", () => {
  it(
    "prints the drift first, naming both values, and simulates what is deployed",
    async () => {
      const table = await relais([program("drifted")]);
      expect(table.code).toBe(1);
      const warnings = table.stdout.split("\n").filter((line) => line.endsWith("]"));
      expect(warnings.slice(0, 7).every((line) => line.endsWith("[drift]"))).toBe(true);
      expect(table.stdout).toContain(
        "services.api.traffic.ttl  service api: the program deploys TTL 5m, the policy says 1m [drift]",
      );
      expect(table.stdout).toContain("api      ✘ down");

      const { stdout } = await relais([program("drifted"), "--format", "json", "--quiet"]);
      const json = JSON.parse(stdout);
      expect(json.drift.map((finding: { path: string; message: string }) => [finding.path, finding.message])).toEqual([
        ["services.api.capacity.required", "service api: the program deploys required capacity 6, the policy says 4"],
        [
          "services.api.sites",
          "service api: the program deploys it on aws-paris, the policy places it on aws-paris, aws-frankfurt (missing: aws-frankfurt)",
        ],
        [
          "services.api.traffic.healthCheck",
          "service api: the program deploys health check (interval × threshold) 30s × 3, the policy says 10s × 3",
        ],
        ["services.api.traffic.ttl", "service api: the program deploys TTL 5m, the policy says 1m"],
        ["services.batch.capacity.standby", "service batch: the program deploys standby capacity 0, the policy says 1"],
        [
          "services.batch.strategy",
          "service batch: the program deploys strategy pilot-light, the policy says warm-standby",
        ],
        [
          "services.reports",
          "the policy declares service reports, but the program deploys no component for it; the simulation uses the policy's values for reports",
        ],
      ]);
      const api = json.scenarios[0].services.find((service: { id: string }) => service.id === "api");
      expect(api).toMatchObject({ status: "down", activeSites: ["aws-paris"] });
    },
    SLOW,
  );
});

describe("relais preview: programs that cannot be previewed", () => {
  it(
    "reports a program that throws with its file and line, no stack trace unless --debug",
    async () => {
      const { code, stderr } = await relais([program("throws")]);
      expect(code).toBe(2);
      expect(stderr).toBe(
        `note: running the Pulumi program in ${program("throws")}: its code runs on this machine with your environment and credentials\n` +
          `error: the program throws (stack dev) failed at ${program("throws")}/sites.ts:4:33: unknown site gov-b: declare it in continuity.yaml\n` +
          "hint: fix sites.ts line 4, then preview again (--debug shows the program's stack)\n",
      );
      expect((await relais([program("throws"), "--quiet"])).stderr).not.toContain("note:");
      const debug = await relais([program("throws"), "--debug"]);
      expect(debug.stderr).toContain("the program's stack trace:");
      expect(debug.stderr).toContain("sites.ts");
    },
    SLOW,
  );

  it(
    "stops a program that never finishes at --timeout",
    async () => {
      const { code, stderr } = await relais([program("hangs"), "--timeout", "2s"]);
      expect(code).toBe(2);
      expect(stderr).toContain("error: the program hangs (stack dev) did not finish within 2 s and was stopped");
      expect(stderr).toContain("raise the limit with --timeout");
    },
    SLOW,
  );

  it("refuses a stack whose file does not exist, and a directory with neither Pulumi.yaml nor continuity.yaml", async () => {
    const stack = await relais([program("failover"), "--stack", "prod"]);
    expect(stack.code).toBe(2);
    expect(stack.stderr).toContain(`error: no Pulumi.prod.yaml in ${program("failover")}`);
    expect(stack.stderr).toContain("hint: pass one of --stack dev, or create Pulumi.prod.yaml");
    const neither = await relais([program("not-a-project")]);
    expect(neither.code).toBe(2);
    expect(neither.stderr).toContain("holds neither a continuity.yaml nor a Pulumi.yaml");
  });

  it("refuses program flags on a policy and bad flag values", async () => {
    const policy = join(program("failover"), "continuity.yaml");
    const stack = await relais([policy, "--stack", "dev"]);
    expect(stack.code).toBe(2);
    expect(stack.stderr).toContain(`error: --stack applies to Pulumi programs, and ${policy} is a policy`);
    expect((await relais([program("failover"), "--engine", "terraform"])).stderr).toContain(
      "error: --engine terraform is not an engine",
    );
    expect((await relais([program("failover"), "--timeout", "soon"])).stderr).toContain(
      "error: --timeout soon is not a duration",
    );
    expect((await relais([program("failover"), "--engine", "pulumi"])).stderr).toContain("add --evacuate <site>");
    const site = await relais([program("failover"), "--evacuate", "aws-pari"]);
    expect(site.code).toBe(2);
    expect(site.stderr).toContain('policy failover-fixture has no site "aws-pari"');
  });

  it(
    "says that --engine pulumi needs the Pulumi CLI when it is not installed",
    async () => {
      const empty = mkdtempSync(join(tmpdir(), "relais-no-pulumi-"));
      try {
        const { code, stderr } = await relais([program("failover"), "--evacuate", "aws-paris", "--engine", "pulumi"], {
          PATH: empty,
        });
        expect(code).toBe(2);
        expect(stderr).toContain("error: the Pulumi CLI (pulumi) is not on PATH");
        expect(stderr).toContain("hint: --engine pulumi runs a real `pulumi preview`");
      } finally {
        rmSync(empty, { recursive: true, force: true });
      }
    },
    SLOW,
  );
});

import { installMocks, providerName, type Recorder, resolved, settleRegistrations } from "../testing/harness";

let recorder: Recorder = installMocks();

import { componentPolicy, workload } from "../testing/fixtures";
import { ContinuityPlan } from "./continuity-plan";
import { CrisisCell } from "./crisis-cell";
import { FailoverService } from "./failover-service";

beforeEach(() => {
  recorder = installMocks();
});
afterEach(() => settleRegistrations());

/** Two zones of the European Sovereign Cloud and nothing else. */
function sovereignPolicy(service: Record<string, unknown>) {
  const policy = componentPolicy();
  policy.sites = {
    "eusc-a": { provider: "aws-eusc", region: "eusc-de-east-1", zone: "eusc-de-east-1a", jurisdiction: "DE" },
    "eusc-b": { provider: "aws-eusc", region: "eusc-de-east-1", zone: "eusc-de-east-1b", jurisdiction: "DE" },
  };
  policy.services = { svc: { tier: "critical", sites: ["eusc-a", "eusc-b"], ...service } };
  return policy;
}

const SITES = { "eusc-a": workload("eusc-a"), "eusc-b": workload("eusc-b") };
const TRAFFIC = { method: "dns-failover", healthCheck: { interval: "10s", failureThreshold: 3 }, ttl: "60s" };

test("ARNs the components build use the aws-eusc partition: replication role policy and destinations", async () => {
  const plan = new ContinuityPlan("p", {
    policy: sovereignPolicy({
      strategy: "warm-standby",
      capacity: { required: 2, standby: 1, scaleUp: "2m" },
      traffic: TRAFFIC,
      data: { mode: "async-replication", lag: "30s" },
    }),
    env: {},
  });
  const crisis = new CrisisCell("crisis", { plan });
  new FailoverService("svc", {
    plan,
    service: "svc",
    sites: SITES as never,
    dns: { hostedZoneId: "Z", recordName: "svc.example.eu" },
    crisisCell: crisis,
  });
  await settleRegistrations();
  const policy = JSON.parse(recorder.named("svc-eusc-a-replication-policy").inputs.policy);
  const resources: string[] = policy.Statement.flatMap((statement: { Resource: string[] }) => statement.Resource);
  expect(resources).toEqual([
    "arn:aws-eusc:s3:::svc-eusc-a-data-bucket",
    "arn:aws-eusc:s3:::svc-eusc-a-data-bucket/*",
    "arn:aws-eusc:s3:::svc-eusc-b-data-bucket/*",
  ]);
  expect(JSON.stringify(recorder.resources.map((resource) => resource.inputs))).not.toContain("arn:aws:");
  expect(recorder.named("svc-eusc-a-replication-config").inputs.rules[0].destination.bucket).toBe(
    "arn:aws-eusc:s3:::svc-eusc-b-data-bucket",
  );
  // Route 53, the alarms and the crisis topic all stay in the sovereign region.
  expect(recorder.named("svc-eusc-a-alarm").inputs).toMatchObject({
    region: "eusc-de-east-1",
    alarmActions: ["arn:mock:aws:sns/topic:Topic:crisis-topic"],
  });
  expect(providerName(recorder.named("svc-secondary-record").provider)).toBe("p-eusc-a");
  expect(recorder.named("p-eusc-a").inputs.region).toBe("eusc-de-east-1");
});

test("AWS Backup on the sovereign cloud attaches the aws-eusc managed policies; no copy within one region", async () => {
  const policy = sovereignPolicy({
    tier: "standard",
    strategy: "backup-restore",
    capacity: { required: 1 },
    traffic: { method: "manual" },
    data: { mode: "backup", every: "1d", restoreTime: "1h" },
  });
  // The partition has one region: without an acknowledgement, no silent fallback but a construction error.
  const strict = new ContinuityPlan("strict", { policy, env: {}, resilienceHub: false });
  expect(() => new FailoverService("strict-svc", { plan: strict, service: "svc", sites: SITES as never })).toThrow(
    'FailoverService "strict-svc": AWS Backup of svc at eusc-a cannot copy to another region of partition aws-eusc: the partition has one region (eusc-de-east-1), and copies do not leave a partition (site eusc-a, capability backupCopy).',
  );
  const reason = "the sovereign partition has one region; a monthly export to Outscale is run by hand";
  const plan = new ContinuityPlan("p", {
    policy,
    env: {},
    resilienceHub: false,
    acceptRisks: [{ site: "eusc-a", capability: "backupCopy", reason }],
  });
  new FailoverService("svc", { plan, service: "svc", sites: SITES as never });
  await settleRegistrations();
  const manifest = await resolved(plan.manifest);
  expect(manifest.services[0].data).toMatchObject({ mechanism: "aws-backup", every: 86400, copyRegion: null });
  expect(manifest.acceptedRisks).toEqual([{ site: "eusc-a", capability: "backupCopy", reason }]);
  expect(recorder.named("svc-eusc-a-backup-role-backup").inputs.policyArn).toBe(
    "arn:aws-eusc:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup",
  );
  expect(recorder.named("svc-eusc-a-backup-role-restore").inputs.policyArn).toBe(
    "arn:aws-eusc:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForRestores",
  );
  expect(recorder.names("aws:backup/vault:Vault")).toEqual(["svc-eusc-a-backup-vault"]);
  expect(recorder.named("svc-eusc-a-backup-plan").inputs.rules[0]).toMatchObject({
    schedule: "cron(0 3 * * ? *)",
    copyActions: [],
  });
});

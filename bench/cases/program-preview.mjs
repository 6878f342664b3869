// The offline preview of a Pulumi program (@relais/preview) at scale: a generated program of 100 FailoverServices
// × 3 AWS sites (2,000+ resources). Targets: `relais preview <dir> --all` ≤ 6 s end to end (also with
// --evacuate, whose two runs go in parallel), the child's peak memory ≤ 1 GiB, and the components' overhead
// ≤ 1.2× the same resources declared directly with @pulumi/aws under the same mocks.
// The programs are generated under packages/preview/node_modules/.cache, where they resolve @relais/aws and Pulumi.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { stringify } from "yaml";
import { median, medianCommandMs } from "../measure.mjs";

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const bin = join(root, "packages", "cli", "dist", "bin.js");
const cache = join(root, "packages", "preview", "node_modules", ".cache", "relais-bench");
const SERVICES = 100;
const SITES = {
  "aws-paris": { provider: "aws", region: "eu-west-3", jurisdiction: "FR" },
  "aws-frankfurt": { provider: "aws", region: "eu-central-1", jurisdiction: "DE" },
  "aws-ireland": { provider: "aws", region: "eu-west-1", jurisdiction: "IE" },
};

/** A valid policy: SERVICES warm-standby services over the three sites, DNS failover, S3 replication. */
export function benchPolicy(services = SERVICES) {
  const policy = {
    apiVersion: "relais/v1",
    kind: "ContinuityPolicy",
    metadata: { name: `bench-${services}`, owner: "bench@example.com" },
    tiers: { critical: { rto: "15m", rpo: "1m", mtpd: "4h", minSites: 2, siteSeparation: "region" } },
    sites: { ...SITES, hq: { provider: "office", location: "Paris", jurisdiction: "FR", staff: 300 } },
    services: {},
    crisisCell: {
      assembleWithin: "30m",
      roles: [{ role: "crisis-director", primary: "A. Director", deputy: "B. Deputy", email: "crisis@example.com" }],
    },
  };
  const ids = Object.keys(SITES);
  for (let index = 0; index < services; index++) {
    const first = index % ids.length;
    policy.services[`svc-${index}`] = {
      tier: "critical",
      owner: `team-${index % 10}`,
      strategy: "warm-standby",
      sites: [0, 1, 2].map((offset) => ids[(first + offset) % ids.length]),
      capacity: { required: 4, standby: 1, scaleUp: "4m" },
      traffic: { method: "dns-failover", healthCheck: { interval: "10s", failureThreshold: 3 }, ttl: "60s" },
      data: { mode: "async-replication", lag: "30s" },
    };
  }
  return policy;
}

/**
 * The program: a plan, a crisis cell and one FailoverService per service. `storage` is FailoverService's
 * data.storage: "s3" for every service, or "mixed": one service in five keeps objects in S3 (buckets replicated to
 * the other sites), the others replicate their own database ("application").
 */
const componentProgram = (storage) => `import { ContinuityPlan, CrisisCell, FailoverService } from "@relais/aws";

const plan = new ContinuityPlan("bench", { policy: "continuity.yaml" });
const crisisCell = new CrisisCell("crisis", { plan, topicSite: "aws-paris", topicRegion: "us-east-1" });
const workload = (site: string) => ({
  imageId: \`ami-\${site}\`,
  vpcId: \`vpc-\${site}\`,
  subnetIds: [\`subnet-\${site}-1\`, \`subnet-\${site}-2\`],
  endpoint: \`\${site}.origin.bench.example\`,
});
for (const [index, [id, spec]] of Object.entries(plan.policy.services).entries()) {
  const storage = "${storage}" === "s3" || index % 5 === 0 ? "s3" : "application";
  new FailoverService(id, {
    plan,
    service: id,
    sites: Object.fromEntries(spec.sites.map((site) => [site, workload(site)])),
    dns: { hostedZoneId: "Z0BENCH", recordName: \`\${id}.bench.example\`, site: "aws-paris" },
    data: { storage },
    crisisCell,
  });
}
export const manifest = plan.manifest;
`;

function writeProgram(directory, name, files) {
  rmSync(directory, { recursive: true, force: true });
  mkdirSync(directory, { recursive: true });
  writeFileSync(join(directory, "Pulumi.yaml"), `name: ${name}\nruntime: nodejs\n`);
  writeFileSync(join(directory, "Pulumi.dev.yaml"), "config:\n  aws:region: eu-west-3\n");
  for (const [file, text] of Object.entries(files)) writeFileSync(join(directory, file), text);
}

/**
 * The same custom resources, declared directly with @pulumi/aws: generated from a capture of the component
 * program (same types, names, inputs and providers), without the components, the policy or the manifest.
 */
function directProgram(resources) {
  const lines = ['const aws = require("@pulumi/aws");', "const providers = {};", "const resources = ["];
  const providers = resources.filter((resource) => resource.type === "pulumi:providers:aws");
  const others = resources.filter((resource) => resource.custom && resource.type.startsWith("aws:"));
  for (const resource of others) {
    const [, module, member] = /^aws:([^/]+)\/[^:]+:(.+)$/.exec(resource.type);
    const provider = resource.provider ? JSON.stringify(resource.provider) : "null";
    lines.push(
      `  [${JSON.stringify(module)}, ${JSON.stringify(member)}, ${JSON.stringify(resource.name)}, ${JSON.stringify(resource.inputs)}, ${provider}],`,
    );
  }
  lines.push("];");
  for (const provider of providers) {
    lines.push(
      `providers[${JSON.stringify(provider.urn)}] = new aws.Provider(${JSON.stringify(provider.name)}, ${JSON.stringify(provider.inputs)});`,
    );
  }
  lines.push(
    "for (const [module, member, name, inputs, provider] of resources) {",
    '  const type = module === "index" ? aws[member] : aws[module][member];',
    "  new type(name, inputs, provider ? { provider: providers[provider] } : {});",
    "}",
  );
  return `${lines.join("\n")}\n`;
}

function cli(args, runs = 3) {
  return medianCommandMs(process.execPath, [bin, "preview", ...args, "--today", "2026-11-28", "--format", "json"], {
    runs,
    okCodes: [0, 1],
  });
}

function generate(name, storage) {
  const directory = join(cache, name);
  writeProgram(directory, name, { "continuity.yaml": stringify(benchPolicy()), "index.ts": componentProgram(storage) });
  return directory;
}

/** Runs a program `runs + 1` times under mocks (the first warms the disk cache) and returns the runs kept. */
async function runs(preview, directory, runs = 3) {
  const project = preview.loadPulumiProject(directory);
  const captures = [];
  for (let index = 0; index <= runs; index++) captures.push(await preview.runProgram(project, { timeoutMs: 180_000 }));
  return captures.slice(1);
}

export default async function () {
  const preview = require("../../packages/preview/dist/index.js");
  // One service in five replicates S3 buckets, the others their own database: 2,000+ resources, the size the
  // targets are set for. The all-S3 variant (five bucket resources per site and a replication role per service)
  // is measured too, for information.
  const components = generate("components", "mixed");
  const captures = await runs(preview, components);
  const count = captures[0].resources.length;
  if (count < 2000) throw new Error(`the generated program registers ${count} resources, fewer than 2,000`);
  const direct = join(cache, "direct");
  writeProgram(direct, "direct", { "index.js": directProgram(captures[0].resources) });
  const directCaptures = await runs(preview, direct);
  const s3 = generate("components-s3", "s3");

  const cpu = (list) => median(list.map((capture) => capture.stats.cpuMs));
  const wall = (list) => median(list.map((capture) => capture.stats.childDurationMs));
  const peak = Math.max(...captures.map((capture) => capture.stats.maxRssBytes)) / 1024 / 1024;
  const s3Count = (await preview.runProgram(preview.loadPulumiProject(s3), { timeoutMs: 180_000 })).resources.length;
  return [
    {
      name: `relais preview <program> --all (${SERVICES} FailoverServices × 3 sites)`,
      unit: "ms",
      median: cli([components, "--all"]),
      target: 6000,
      note: `${count} resources, one run under mocks`,
    },
    {
      name: "relais preview <program> --evacuate aws-paris",
      unit: "ms",
      median: cli([components, "--evacuate", "aws-paris"]),
      target: 6000,
      note: "two runs in parallel and their change set",
    },
    {
      name: "program run under mocks, peak memory of the child",
      unit: "MiB",
      median: peak,
      target: 1024,
      note: `maxRSS; ${wall(captures).toFixed(0)} ms wall, ${cpu(captures).toFixed(0)} ms CPU in the child`,
    },
    {
      name: "component overhead vs the same resources declared with @pulumi/aws",
      unit: "×",
      median: cpu(captures) / cpu(directCaptures),
      target: 1.2,
      note: `child CPU ${cpu(captures).toFixed(0)} ms vs ${cpu(directCaptures).toFixed(0)} ms (${directCaptures[0].resources.length} resources)`,
    },
    {
      name: "relais preview <program> --all, S3 replication variant",
      unit: "ms",
      median: cli([s3, "--all"], 1),
      note: `${s3Count} resources; no target (informational)`,
    },
  ];
}

import {
  type ContinuityPolicy,
  type Finding,
  formatDuration,
  type ManifestService,
  type ServiceSpec,
  severityOf,
  sortFindings,
} from "@relais/policy";
import { deployedSites, deployedStandby } from "./deployed-service";
import type { MergedManifest } from "./merge-manifests";

const HINT = "make the program and continuity.yaml agree (change whichever is wrong), then preview again";

/**
 * Where the program deploys something other than the policy says: one `drift` warning per difference, naming the
 * deployed value and the policy's. Sorted by path.
 */
export function driftFindings(policy: ContinuityPolicy, deployed: MergedManifest): Finding[] {
  const findings: Finding[] = [];
  const add = (path: string, message: string, hint = HINT) =>
    findings.push({ code: "drift", severity: severityOf("drift"), path, message, hint });

  for (const name of deployed.policies) {
    if (name !== policy.metadata.name) {
      add(
        "metadata.name",
        `the program's components loaded policy ${name}, but the preview reads policy ${policy.metadata.name}`,
        "point config relais:policy (or the program's ContinuityPlan) at the same continuity.yaml",
      );
    }
  }
  if (deployed.evacuate !== null) {
    add(
      `sites.${deployed.evacuate}`,
      `the stack evacuates ${deployed.evacuate} (config relais:evacuate): its services run from their failover sites`,
      "remove relais:evacuate from the stack's config when the site is back",
    );
  }
  for (const [id, site] of deployed.sites) {
    const planned = policy.sites[id];
    if (!planned) continue;
    compare(add, `sites.${id}.provider`, `site ${id}`, "provider", site.provider, planned.provider);
    compare(add, `sites.${id}.region`, `site ${id}`, "region", site.region, planned.region ?? null);
    compare(add, `sites.${id}.zone`, `site ${id}`, "zone", site.zone, planned.zone ?? null);
  }
  for (const [id, spec] of Object.entries(policy.services)) {
    const service = deployed.services.get(id);
    if (service) serviceDrift(add, policy, id, spec, service);
    else {
      add(
        `services.${id}`,
        `the policy declares service ${id}, but the program deploys no component for it; the simulation uses the policy's values for ${id}`,
        `add a FailoverService (or ExternalWorkload) for ${id} to the program, or preview the stack that deploys it`,
      );
    }
  }
  for (const id of deployed.services.keys()) {
    if (!Object.hasOwn(policy.services, id)) {
      add(
        `services.${id}`,
        `the program deploys service ${id}, which the policy does not declare; it is left out of the simulation`,
        `declare ${id} in continuity.yaml, or remove its component from the program`,
      );
    }
  }
  for (const id of deployed.duplicates) {
    add(
      `services.${id}`,
      `the program deploys service ${id} twice (two components); the preview uses the first one`,
      `keep one component per service`,
    );
  }
  return sortFindings(findings);
}

type Add = (path: string, message: string, hint?: string) => void;

function serviceDrift(add: Add, policy: ContinuityPolicy, id: string, spec: ServiceSpec, deployed: ManifestService) {
  const path = `services.${id}`;
  const subject = `service ${id}`;
  compare(add, `${path}.tier`, subject, "tier", deployed.tier, spec.tier);
  sitesDrift(add, policy, id, spec, deployed);
  compare(add, `${path}.strategy`, subject, "strategy", deployed.strategy, spec.strategy);
  compare(add, `${path}.traffic.method`, subject, "traffic method", deployed.traffic.method, spec.traffic.method);
  const check = deployed.traffic.healthCheck;
  if (check === null && spec.traffic.method !== "manual") {
    add(
      `${path}.traffic.healthCheck`,
      `${subject}: the program deploys no health check, but the policy's detection assumes one every ${formatDuration(
        spec.traffic.healthCheck.interval,
      )} × ${spec.traffic.healthCheck.failureThreshold}; the simulation keeps the policy's detection time`,
    );
  } else if (check !== null) {
    const deployedCheck = `${formatDuration(check.interval)} × ${check.failureThreshold}`;
    const plannedCheck = `${formatDuration(spec.traffic.healthCheck.interval)} × ${spec.traffic.healthCheck.failureThreshold}`;
    compare(
      add,
      `${path}.traffic.healthCheck`,
      subject,
      "health check (interval × threshold)",
      deployedCheck,
      plannedCheck,
    );
  }
  compare(add, `${path}.traffic.ttl`, subject, "TTL", duration(deployed.traffic.ttl), duration(spec.traffic.ttl));
  const capacity = `${path}.capacity`;
  compare(
    add,
    `${capacity}.required`,
    subject,
    "required capacity",
    deployed.capacity.required,
    spec.capacity.required,
  );
  compare(add, `${capacity}.standby`, subject, "standby capacity", deployedStandby(deployed), spec.capacity.standby);
  compare(
    add,
    `${capacity}.scaleUp`,
    subject,
    "scale-up time",
    duration(deployed.capacity.scaleUp),
    duration(spec.capacity.scaleUp),
  );
  placementDrift(add, id, spec, deployed);
  dataDrift(add, id, spec, deployed);
}

function sitesDrift(add: Add, policy: ContinuityPolicy, id: string, spec: ServiceSpec, deployed: ManifestService) {
  const sites = deployed.sites.map((placement) => placement.site);
  const unknown = sites.filter((site) => !Object.hasOwn(policy.sites, site));
  for (const site of unknown) {
    add(
      `services.${id}.sites`,
      `service ${id}: the program deploys it on site ${site}, which the policy does not declare; the simulation leaves ${site} out`,
      `declare site ${site} in continuity.yaml, or remove it from the program`,
    );
  }
  const known = deployedSites(policy, deployed);
  if (known.join(",") === spec.sites.join(",")) return;
  const missing = spec.sites.filter((site) => !known.includes(site));
  const extra = known.filter((site) => !spec.sites.includes(site));
  const detail =
    missing.length > 0 && extra.length === 0
      ? ` (missing: ${missing.join(", ")})`
      : missing.length === 0 && extra.length === 0
        ? " (same sites, another order: the first is the primary)"
        : "";
  add(
    `services.${id}.sites`,
    `service ${id}: the program deploys it on ${list(known)}, the policy places it on ${list(spec.sites)}${detail}`,
  );
}

/** Units running at each site against what the strategy needs there: `required` at active sites, `standby` elsewhere. */
function placementDrift(add: Add, id: string, spec: ServiceSpec, deployed: ManifestService) {
  deployed.sites.forEach((placement, index) => {
    if (placement.external || placement.role === "standby") return;
    if (placement.desired < spec.capacity.required && spec.strategy !== "active-active") {
      add(
        `services.${id}.sites[${index}]`,
        `service ${id}: the program runs ${placement.desired} units at its ${placement.role} site ${placement.site}, the policy requires ${spec.capacity.required}`,
      );
    }
  });
}

/**
 * The data mechanism as deployed against the policy: the mode (synchronous replication built as S3's asynchronous
 * one is another mode), the lag the mechanism guarantees (S3 replication: 15 minutes, whatever the policy hoped), the
 * backup interval where a schedule exists, and a backup that has no schedule at all (Outscale snapshots).
 */
function dataDrift(add: Add, id: string, spec: ServiceSpec, deployed: ManifestService) {
  const path = `services.${id}.data`;
  const subject = `service ${id}`;
  const data = deployed.data;
  compare(add, `${path}.mode`, subject, "data mode", data.mode, spec.data.mode);
  if (data.mode !== spec.data.mode) return;
  const planned = spec.data as { lag?: number; every?: number; restoreTime?: number };
  for (const key of ["lag", "every", "restoreTime"] as const) {
    if (data[key] === undefined) continue;
    const what = key === "lag" ? `data lag (guaranteed by ${data.mechanism})` : `data ${key}`;
    compare(add, `${path}.${key}`, subject, what, duration(data[key]), duration(planned[key]));
  }
  if (data.mode === "backup" && data.every === undefined && data.mechanism !== "external") {
    add(
      `${path}.every`,
      `${subject}: the program deploys no backup schedule (${data.mechanism}: one snapshot at deployment), the policy says every ${duration(planned.every)}; the simulation keeps the policy's interval`,
      "schedule the snapshots outside the stack (and acknowledge backupSchedule), or place the primary on a site with AWS Backup",
    );
  }
}

function compare(add: Add, path: string, subject: string, what: string, deployed: unknown, planned: unknown) {
  if (deployed === planned) return;
  add(path, `${subject}: the program deploys ${what} ${show(deployed)}, the policy says ${show(planned)}`);
}

function duration(seconds: number | null | undefined): string | null {
  return seconds === null || seconds === undefined ? null : formatDuration(seconds);
}

function show(value: unknown): string {
  return value === null || value === undefined ? "none" : String(value);
}

function list(sites: readonly string[]): string {
  return sites.length === 0 ? "no site" : sites.join(", ");
}

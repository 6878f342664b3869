import type { Finding, Manifest } from "@relais/policy";
import { basePolicy, parseValid } from "@relais/test-support";
import { faithfulManifest } from "../testing/manifests";
import { reconcile } from "./reconcile";

/** The base policy plus a third site and a second, backup-mode service, so that every kind of drift can show. */
function policy() {
  const input = basePolicy();
  (input.sites as Record<string, unknown>)["site-c"] = {
    provider: "outscale",
    region: "eu-west-2",
    zone: "eu-west-2c",
    jurisdiction: "FR",
  };
  (input.services as Record<string, unknown>).reports = {
    tier: "critical",
    strategy: "warm-standby",
    sites: ["site-b", "site-c"],
    capacity: { required: 2 },
    traffic: { method: "load-balancer" },
    data: { mode: "backup", every: "1m", restoreTime: "5m" },
  };
  return parseValid(input);
}

function driftOf(change: (manifest: Manifest) => void): Finding[] {
  const written = policy();
  const manifest = faithfulManifest(written);
  change(manifest);
  return reconcile(written, [manifest]).drift;
}

function api(manifest: Manifest) {
  return manifest.services.find((service) => service.service === "api")!;
}

describe("reconcile", () => {
  it("finds no drift when the program deploys the policy as written, and simulates the policy itself", () => {
    const written = policy();
    const { deployed, drift } = reconcile(written, [faithfulManifest(written)]);
    expect(drift).toEqual([]);
    expect(deployed).toEqual(written);
  });

  it("reports fewer sites, naming both lists, and simulates the deployed ones", () => {
    const written = policy();
    const manifest = faithfulManifest(written);
    api(manifest).sites.pop();
    const { deployed, drift } = reconcile(written, [manifest]);
    expect(drift).toEqual([
      {
        code: "drift",
        severity: "warning",
        path: "services.api.sites",
        message:
          "service api: the program deploys it on site-a, the policy places it on site-a, site-b (missing: site-b)",
        hint: "make the program and continuity.yaml agree (change whichever is wrong), then preview again",
      },
    ]);
    expect(deployed.services.api.sites).toEqual(["site-a"]);
  });

  it("reports other sites and another primary", () => {
    const other = driftOf((manifest) => {
      api(manifest).sites[1].site = "site-c";
    });
    expect(other.map((finding) => finding.message)).toEqual([
      "service api: the program deploys it on site-a, site-c, the policy places it on site-a, site-b",
    ]);
    const swapped = driftOf((manifest) => {
      api(manifest).sites.reverse();
    });
    expect(swapped[0].message).toContain(
      "the program deploys it on site-b, site-a, the policy places it on site-a, site-b (same sites, another order: the first is the primary)",
    );
  });

  it("reports another health check and TTL with both values, and simulates them", () => {
    const written = policy();
    const manifest = faithfulManifest(written);
    api(manifest).traffic.healthCheck = { interval: 30, failureThreshold: 3 };
    api(manifest).traffic.ttl = 300;
    const { deployed, drift } = reconcile(written, [manifest]);
    expect(drift.map((finding) => [finding.path, finding.message])).toEqual([
      [
        "services.api.traffic.healthCheck",
        "service api: the program deploys health check (interval × threshold) 30s × 3, the policy says 10s × 3",
      ],
      ["services.api.traffic.ttl", "service api: the program deploys TTL 5m, the policy says 1m"],
    ]);
    expect(deployed.services.api.traffic).toEqual({
      method: "dns-failover",
      healthCheck: { interval: 30, failureThreshold: 3 },
      ttl: 300,
    });
  });

  it("reports a missing health check and keeps the policy's detection for the simulation", () => {
    const written = policy();
    const manifest = faithfulManifest(written);
    api(manifest).traffic.healthCheck = null;
    const { deployed, drift } = reconcile(written, [manifest]);
    expect(drift[0].message).toBe(
      "service api: the program deploys no health check, but the policy's detection assumes one every 10s × 3; the simulation keeps the policy's detection time",
    );
    expect(deployed.services.api.traffic.healthCheck).toEqual({ interval: 10, failureThreshold: 3 });
  });

  it("reports other capacities, and the smallest standby placement is the deployed standby", () => {
    const written = policy();
    const manifest = faithfulManifest(written);
    api(manifest).capacity = { required: 6, standby: 1, scaleUp: 600 };
    api(manifest).sites[1].desired = 0;
    const { deployed, drift } = reconcile(written, [manifest]);
    expect(drift.map((finding) => [finding.path, finding.message])).toEqual([
      ["services.api.capacity.required", "service api: the program deploys required capacity 6, the policy says 4"],
      ["services.api.capacity.scaleUp", "service api: the program deploys scale-up time 10m, the policy says 4m"],
      ["services.api.capacity.standby", "service api: the program deploys standby capacity 0, the policy says 1"],
    ]);
    expect(deployed.services.api.capacity).toEqual({ required: 6, standby: 0, scaleUp: 600 });
  });

  it("reports an under-provisioned primary site", () => {
    const drift = driftOf((manifest) => {
      api(manifest).sites[0].desired = 2;
    });
    expect(drift.map((finding) => [finding.path, finding.message])).toEqual([
      [
        "services.api.sites[0]",
        "service api: the program runs 2 units at its primary site site-a, the policy requires 4",
      ],
    ]);
  });

  it("reports another strategy, traffic method, tier and data mode, and simulates them", () => {
    const written = policy();
    const manifest = faithfulManifest(written);
    api(manifest).strategy = "pilot-light";
    api(manifest).traffic.method = "manual";
    api(manifest).data = { mode: "backup", mechanism: "aws-backup", every: 3600, restoreTime: 1800, copyRegion: null };
    const { deployed, drift } = reconcile(written, [manifest]);
    expect(drift.map((finding) => [finding.path, finding.message])).toEqual([
      [
        "services.api.data.mode",
        "service api: the program deploys data mode backup, the policy says async-replication",
      ],
      ["services.api.strategy", "service api: the program deploys strategy pilot-light, the policy says warm-standby"],
      [
        "services.api.traffic.method",
        "service api: the program deploys traffic method manual, the policy says dns-failover",
      ],
    ]);
    expect(deployed.services.api.strategy).toBe("pilot-light");
    expect(deployed.services.api.data).toEqual({ mode: "backup", every: 3600, restoreTime: 1800 });
  });

  it("reports another backup interval and replication lag", () => {
    const drift = driftOf((manifest) => {
      api(manifest).data.lag = 120;
      manifest.services[1].data.every = 3600;
    });
    expect(drift.map((finding) => finding.message)).toEqual([
      "service api: the program deploys data lag (guaranteed by s3-replication) 2m, the policy says 30s",
      "service reports: the program deploys data every 1h, the policy says 1m",
    ]);
  });

  it("reports a service of the policy with no component, and keeps the policy's values for it", () => {
    const written = policy();
    const manifest = faithfulManifest(written);
    manifest.services = manifest.services.filter((service) => service.service !== "reports");
    const { deployed, drift } = reconcile(written, [manifest]);
    expect(drift).toEqual([
      expect.objectContaining({
        path: "services.reports",
        message:
          "the policy declares service reports, but the program deploys no component for it; the simulation uses the policy's values for reports",
      }),
    ]);
    expect(deployed.services.reports).toEqual(written.services.reports);
  });

  it("reports services and sites the policy does not know, and another site location", () => {
    const drift = driftOf((manifest) => {
      manifest.services.push({ ...api(manifest), service: "ghost" });
      api(manifest).sites.push({
        site: "site-z",
        role: "standby",
        desired: 1,
        stopped: 0,
        compute: "auto-scaling",
        dnsTarget: null,
        imageId: null,
        external: false,
      });
      manifest.sites[0].region = "eu-west-1";
    });
    expect(drift.map((finding) => [finding.path, finding.message])).toEqual([
      [
        "services.api.sites",
        "service api: the program deploys it on site site-z, which the policy does not declare; the simulation leaves site-z out",
      ],
      [
        "services.ghost",
        "the program deploys service ghost, which the policy does not declare; it is left out of the simulation",
      ],
      ["sites.site-a.region", "site site-a: the program deploys region eu-west-1, the policy says eu-west-2"],
    ]);
  });

  it("reports components that loaded another policy, a stack that already evacuates, and duplicates", () => {
    const written = policy();
    const first = faithfulManifest(written);
    const second = { ...faithfulManifest(written), policy: "other-policy", evacuate: "site-a" };
    second.services = second.services.filter((service) => service.service === "api");
    first.evacuate = "site-a";
    const { drift } = reconcile(written, [first, second]);
    expect(drift.map((finding) => [finding.path, finding.message])).toEqual([
      [
        "metadata.name",
        "the program's components loaded policy other-policy, but the preview reads policy test-policy",
      ],
      ["services.api", "the program deploys service api twice (two components); the preview uses the first one"],
      [
        "sites.site-a",
        "the stack evacuates site-a (config relais:evacuate): its services run from their failover sites",
      ],
    ]);
  });

  it("with no manifest at all, reports every service as missing and simulates the policy", () => {
    const written = policy();
    const { deployed, drift } = reconcile(written, []);
    expect(drift.map((finding) => finding.path)).toEqual(["services.api", "services.reports"]);
    expect(deployed).toEqual(written);
  });

  it("reports the lag the deployed replication guarantees, not the policy's hope, and simulates it", () => {
    const written = policy();
    const manifest = faithfulManifest(written);
    api(manifest).data = { mode: "async-replication", mechanism: "s3-replication", lag: 900, copyRegion: null };
    const { deployed, drift } = reconcile(written, [manifest]);
    const lag = drift.find((finding) => finding.path === "services.api.data.lag");
    expect(lag?.message).toBe(
      "service api: the program deploys data lag (guaranteed by s3-replication) 15m, the policy says 30s",
    );
    expect(deployed.services.api.data).toMatchObject({ mode: "async-replication", lag: 900 });
  });

  it("reports a backup without a schedule (one snapshot at deployment)", () => {
    const findings = driftOf((manifest) => {
      const reports = manifest.services.find((service) => service.service === "reports")!;
      reports.data = { mode: "backup", mechanism: "snapshots", restoreTime: 300, copyRegion: null };
    });
    expect(findings.map((finding) => [finding.path, finding.message])).toEqual([
      [
        "services.reports.data.every",
        "service reports: the program deploys no backup schedule (snapshots: one snapshot at deployment), the policy says every 1m; the simulation keeps the policy's interval",
      ],
    ]);
  });
});

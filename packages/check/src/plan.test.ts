import { InputError } from "@relais/policy";
import { type ManifestPlanError, planChecks } from "./plan";
import { manifest, placement, service } from "./testing/manifests";

describe("planChecks", () => {
  const plan = planChecks([manifest()]);

  test("plans every cloud site in manifest order and skips sites without an EC2 API", () => {
    expect(plan.sites.map((site) => site.site.id)).toEqual(["gov-a", "gov-b", "aws-paris", "eusc"]);
    expect(plan.skipped).toEqual([{ site: "dc-1", reason: "on-premises site: no EC2-compatible API to check" }]);
  });

  test("checks zones first, then per service the image, the standby capacity and the snapshots", () => {
    const byId = Object.fromEntries(plan.sites.map((site) => [site.site.id, site.checks]));
    expect(byId["gov-a"]).toEqual([
      { check: "zones-available", service: null, zone: "cloudgouv-eu-west-1a" },
      { check: "image-present", service: "payments-api", imageId: "ami-osc-1" },
    ]);
    expect(byId["gov-b"]).toEqual([
      { check: "zones-available", service: null, zone: "cloudgouv-eu-west-1b" },
      { check: "image-present", service: "payments-api", imageId: "ami-osc-1" },
      { check: "standby-running", service: "payments-api", role: "standby", desired: 3 },
    ]);
    expect(byId["aws-paris"]).toEqual([
      { check: "zones-available", service: null, zone: null },
      { check: "image-present", service: "ledger", imageId: "ami-aws-1" },
      { check: "standby-running", service: "ledger", role: "standby", desired: 0 },
      {
        check: "snapshot-fresh",
        service: "ledger",
        tier: "important",
        maxAge: 3600,
        maxAgeSource: "backup-interval",
      },
      { check: "image-present", service: "portal", imageId: "ami-aws-2" },
      { check: "standby-running", service: "portal", role: "active", desired: 2 },
    ]);
  });

  test("never checks the primary's capacity, and puts snapshot checks where a restore would run", () => {
    const all = plan.sites.flatMap((site) => site.checks.map((check) => ({ site: site.site.id, ...check })));
    expect(all.filter((check) => check.check === "standby-running").map((check) => check.site)).toEqual([
      "gov-b",
      "aws-paris",
      "aws-paris",
      "eusc",
    ]);
    expect(all.filter((check) => check.check === "snapshot-fresh").map((check) => check.site)).toEqual(["aws-paris"]);
  });

  test("a single-site backup service is checked for snapshots at its only site", () => {
    const single = manifest({
      services: [
        service({
          service: "batch",
          data: { mode: "backup", mechanism: "aws-backup", every: 600, copyRegion: null },
          sites: [placement({ site: "gov-a", role: "primary", desired: 1 })],
        }),
      ],
    });
    const checks = planChecks([single]).sites[0]!.checks;
    expect(checks.map((check) => check.check)).toEqual(["zones-available", "snapshot-fresh"]);
  });

  test("holds snapshots to the tier RPO when the policy is known, else to the backup interval, else to nothing", () => {
    const withPolicy = planChecks([manifest()], { rpoByTier: { important: 900 } });
    const snapshot = withPolicy.sites[2]!.checks.find((check) => check.check === "snapshot-fresh");
    expect(snapshot).toMatchObject({ maxAge: 900, maxAgeSource: "tier-rpo" });
    const noInterval = manifest();
    noInterval.services[1]!.data = { mode: "backup", mechanism: "snapshots", copyRegion: null };
    const bare = planChecks([noInterval]).sites[2]!.checks.find((check) => check.check === "snapshot-fresh");
    expect(bare).toMatchObject({ maxAge: null, maxAgeSource: null });
    const otherTier = planChecks([manifest()], { rpoByTier: { critical: 60 } });
    expect(otherTier.sites[2]!.checks.find((check) => check.check === "snapshot-fresh")).toMatchObject({
      maxAge: 3600,
      maxAgeSource: "backup-interval",
    });
  });

  test("--site keeps only the named sites and says why the others are skipped", () => {
    const only = planChecks([manifest()], { sites: ["gov-b"] });
    expect(only.sites.map((site) => site.site.id)).toEqual(["gov-b"]);
    expect(only.skipped).toContainEqual({ site: "gov-a", reason: "not selected by --site" });
  });

  test("--site with an unknown site or a site without an EC2 API is an input error listing the sites", () => {
    expect(() => planChecks([manifest()], { sites: ["gov-c"] })).toThrow(
      "--site gov-c: the manifest has no site gov-c",
    );
    try {
      planChecks([manifest()], { sites: ["dc-1"] });
      throw new Error("expected an error");
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as ManifestPlanError).message).toBe(
        "--site dc-1: dc-1 (on-premises) has no EC2-compatible API to check",
      );
      expect((error as ManifestPlanError).hint).toBe("sites that can be checked: gov-a, gov-b, aws-paris, eusc");
    }
  });

  test("merges several manifests and refuses two meanings of one site id", () => {
    const second = manifest({
      sites: [{ id: "gov-a", provider: "outscale", region: "cloudgouv-eu-west-1", zone: "cloudgouv-eu-west-1a" }],
      services: [service({ service: "extra", sites: [placement({ site: "gov-a", role: "standby", desired: 1 })] })],
    });
    const merged = planChecks([manifest(), second]);
    expect(merged.sites[0]!.checks.map((check) => check.service)).toEqual([null, "payments-api", "extra"]);
    const clash = manifest({
      sites: [{ id: "gov-a", provider: "aws", region: "eu-west-1", zone: null }],
      services: [],
    });
    expect(() => planChecks([manifest(), clash])).toThrow(
      "site gov-a is outscale cloudgouv-eu-west-1 cloudgouv-eu-west-1a in one manifest and aws eu-west-1 in another",
    );
  });

  test("a placement on a site the manifest does not define is an input error", () => {
    const broken = manifest({ services: [service({ service: "x", sites: [placement({ site: "nowhere" })] })] });
    expect(() => planChecks([broken])).toThrow("the manifest places service x on site nowhere");
  });
});

import { ProgramPolicyError, previewProgram } from "./preview-program";
import { ProjectError } from "./project/project-error";
import { fixtureProgram } from "./testing/programs";

const SLOW = 60_000;

describe("previewProgram", () => {
  it(
    "reads the manifest the components register and finds no drift when the program deploys the policy",
    async () => {
      const preview = await previewProgram(fixtureProgram("failover"), { today: "2026-11-28" });
      expect(preview.policy.metadata.name).toBe("failover-fixture");
      expect(preview.drift).toEqual([]);
      expect(preview.notes).toEqual([]);
      expect(preview.evacuation).toBeNull();
      expect(preview.manifests).toHaveLength(1);
      const [manifest] = preview.manifests;
      expect(manifest.evacuate).toBeNull();
      expect(
        manifest.services.map((service) => [
          service.service,
          service.sites.map((site) => [site.site, site.role, site.desired]),
        ]),
      ).toEqual([
        [
          "api",
          [
            ["aws-paris", "primary", 4],
            ["aws-frankfurt", "standby", 1],
          ],
        ],
        [
          "batch",
          [
            ["aws-frankfurt", "primary", 2],
            ["aws-paris", "standby", 0],
          ],
        ],
      ]);
      expect(preview.deployed).toEqual(preview.policy);
      const types = new Set(preview.capture.resources.map((resource) => resource.type));
      expect(types).toContain("relais:aws:FailoverService");
      expect(types).toContain("aws:autoscaling/group:Group");
    },
    SLOW,
  );

  it(
    "reads the policy named by relais:policy, notes secure values once and a program without Relais components",
    async () => {
      const preview = await previewProgram(fixtureProgram("raw-aws"));
      expect(preview.policyFile).toBe(fixtureProgram("policy.yaml"));
      expect(preview.notes).toEqual([
        "raw-aws:dbPassword is a secure value that cannot be decrypted offline: the program saw a placeholder instead",
        "the program registered no Relais manifest (it uses no Relais components): every service is simulated from the policy",
      ]);
      expect(preview.drift.map((finding) => finding.path)).toEqual(["services.web"]);
    },
    SLOW,
  );

  it("stops before running anything when the policy is invalid or the evacuated site unknown", async () => {
    const invalid = previewProgram(fixtureProgram("invalid-policy"));
    await expect(invalid).rejects.toBeInstanceOf(ProgramPolicyError);
    await expect(invalid).rejects.toThrow(/invalid-policy\/continuity\.yaml is invalid \(1 error\)/);
    const error = (await invalid.catch((caught: unknown) => caught)) as ProgramPolicyError;
    expect(error.validation.findings.map((finding) => finding.code)).toContain("unknown-reference");
    await expect(previewProgram(fixtureProgram("failover"), { evacuate: "aws-pari" })).rejects.toThrow(
      'policy failover-fixture has no site "aws-pari"',
    );
  });

  it("asks for a policy when the program has none", async () => {
    const missing = previewProgram(fixtureProgram("javascript"));
    await expect(missing).rejects.toBeInstanceOf(ProjectError);
    await expect(missing).rejects.toThrow(/no policy for the program in .*javascript: no continuity\.yaml there/);
  });

  it(
    "with evacuate, runs the program twice and diffs the runs; the evacuated run's manifest names the site",
    async () => {
      const preview = await previewProgram(fixtureProgram("raw-aws"), { evacuate: "paris" });
      expect(preview.evacuation?.changeSet.summary).toEqual({ create: 1, update: 2, replace: 0, delete: 1, same: 2 });
      expect(preview.evacuation?.changeSet.changes.map((change) => [change.op, change.name])).toEqual([
        ["delete", "alerts"],
        ["create", "evacuation-alerts"],
        ["update", "web"],
        ["update", "web-record"],
      ]);
      expect(preview.evacuation?.outcome.id).toBe("site-loss:paris");
    },
    SLOW,
  );
});

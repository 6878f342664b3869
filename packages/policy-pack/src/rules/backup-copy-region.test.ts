import type { PolicyResource } from "@pulumi/policy";
import { plan, res, run, tags } from "../testing/stack";
import { backupCopyRegion } from "./backup-copy-region";

const PLAN = "aws:backup/plan:Plan";
const VAULT = "aws:backup/vault:Vault";

function backupPlan(copyActions: unknown[], dependsOn: Record<string, PolicyResource[]> = {}) {
  return res(
    PLAN,
    "api-backup-plan",
    { rules: [{ ruleName: "relais-api", copyActions }], tags: tags("api", "frankfurt") },
    { region: "eu-central-1", dependsOn },
  );
}

describe("relais-backup-copy-region", () => {
  it("accepts a copy to a vault of another region (by ARN, or by the vault it depends on)", async () => {
    const byArn = backupPlan([{ destinationVaultArn: "arn:aws:backup:eu-west-1:123456789012:backup-vault:copy" }]);
    expect(await run(backupCopyRegion, [byArn])).toEqual([]);
    const copyVault = res(VAULT, "copy-vault", {}, { region: "eu-west-1" });
    const byDependency = backupPlan([{ destinationVaultArn: undefined }], { rules: [copyVault] });
    expect(await run(backupCopyRegion, [copyVault, byDependency])).toEqual([]);
  });

  it("reports a plan without a copy, or with a copy in its own region", async () => {
    const none = backupPlan([]);
    const sameRegion = backupPlan([{ destinationVaultArn: "arn:aws:backup:eu-central-1:1:backup-vault:x" }]);
    for (const subject of [none, sameRegion]) {
      const violations = await run(backupCopyRegion, [subject]);
      expect(violations).toHaveLength(1);
      expect(violations[0].message).toContain("keeps its recovery points in eu-central-1 only");
    }
  });

  it("accepts a plan whose site acknowledges backupCopy", async () => {
    const acknowledged = plan([{ site: "frankfurt", capability: "backupCopy", reason: "single-region partition" }]);
    expect(await run(backupCopyRegion, [acknowledged, backupPlan([])])).toEqual([]);
  });
});

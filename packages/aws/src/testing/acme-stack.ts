import { ContinuityPlan } from "../components/continuity-plan";
import { CrisisCell } from "../components/crisis-cell";
import { ExternalWorkload } from "../components/external-workload";
import { FailoverService } from "../components/failover-service";
import { outscaleRisks, workload } from "./fixtures";

/**
 * The program a platform team would write for examples/policies/acme-payments.yaml: Outscale SecNumCloud zones,
 * the European Sovereign Cloud (which also hosts Route 53 and the crisis topic), an on-premises room.
 */
export function buildAcmeStack(policy: string | object): ContinuityPlan {
  const receiver = {
    site: "eusc-brandenburg",
    capability: "dataReceiver",
    reason: "fraud-scoring's model store is rebuilt from gov-a's nightly export when the pilot light scales up",
  };
  const acceptRisks = [...outscaleRisks("gov-a", "gov-b", "osc-paris"), receiver] as never;
  const plan = new ContinuityPlan("acme", { policy, env: {}, today: "2026-11-28", acceptRisks, resilienceHub: true });
  const crisis = new CrisisCell("crisis", {
    plan,
    documents: { "continuity-plan.md": "# Acme Payments continuity plan" },
  });
  const dns = (name: string) => ({ hostedZoneId: "ZACME", recordName: `${name}.acme.example` });
  const sites = (...ids: string[]) => Object.fromEntries(ids.map((id) => [id, workload(id)])) as never;
  // Outscale OOS has no bucket replication and S3 does not replicate across providers: these services
  // replicate in the application (database streaming), which the policy's lag describes.
  const application = { storage: "application" as const };
  new FailoverService("payments-api", {
    plan,
    service: "payments-api",
    sites: sites("gov-a", "gov-b"),
    dns: dns("pay"),
    crisisCell: crisis,
    data: application,
  });
  new FailoverService("ledger-db", { plan, service: "ledger-db", sites: sites("gov-a", "gov-b"), data: application });
  new FailoverService("fraud-scoring", {
    plan,
    service: "fraud-scoring",
    sites: sites("osc-paris", "eusc-brandenburg"),
    dns: dns("fraud"),
    crisisCell: crisis,
    data: application,
  });
  new FailoverService("merchant-portal", {
    plan,
    service: "merchant-portal",
    sites: sites("eusc-brandenburg", "osc-paris"),
    dns: dns("portal"),
    crisisCell: crisis,
    data: application,
  });
  const mainframe = new ExternalWorkload("legacy-settlement-dc", {
    plan,
    service: "legacy-settlement",
    site: "dc-velizy",
    endpoint: { address: "settlement.dc-velizy.acme.example", port: 8443 },
    imageId: "zos-2.5",
  });
  new FailoverService("legacy-settlement", {
    plan,
    service: "legacy-settlement",
    sites: { "dc-velizy": mainframe, "gov-b": workload("gov-b") as never },
  });
  new FailoverService("reporting", { plan, service: "reporting", sites: sites("osc-paris", "eusc-brandenburg") });
  return plan;
}

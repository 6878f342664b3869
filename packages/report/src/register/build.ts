import { type ContinuityPolicy, formatDuration, type SupplierSpec } from "@relais/policy";
import { B_02_02, B_05_01, B_06_01, B_07_01, type TemplateSpec } from "./columns";
import { toCsv } from "./csv";
import { ictReliances } from "./reliance";

/** One file of the register: a template's columns and rows. */
export interface RegisterTable {
  template: TemplateSpec;
  /** One value per column of the template, in column order; empty when the policy does not say. */
  rows: string[][];
}

export interface RegisterOptions {
  /**
   * The tiers whose services support a critical or important function (DORA Art. 3(22)). Default: the tiers that
   * ask for two sites or more, which the organisation has chosen to make redundant.
   */
  criticalTiers?: readonly string[];
}

/**
 * The DORA register of information as far as the policy can fill it: the ICT third-party providers, the functions
 * (services) with their criticality, RTO and RPO, which function relies on which provider, and each provider's
 * substitutability, alternates and exit plan. Only suppliers marked `ict: true` are ICT third-party providers.
 */
export function buildRegister(policy: ContinuityPolicy, options: RegisterOptions = {}): RegisterTable[] {
  const critical = new Set(
    options.criticalTiers ?? Object.keys(policy.tiers).filter((tier) => policy.tiers[tier].minSites >= 2),
  );
  const functionIds = new Map(Object.keys(policy.services).map((id, index) => [id, `F${index + 1}`]));
  const ict = Object.entries(policy.suppliers).filter(([, supplier]) => supplier.ict);
  const reliances = ictReliances(policy);

  const providers = ict.map(([id, supplier]) => ({
    "B_05.01.0050": supplier.name,
    "B_05.01.0080": supplier.country ?? "",
    "relais.supplier": id,
    "relais.provides": supplier.provides ?? "",
    "relais.criticality": supplier.criticality,
    "relais.lastAssessed": supplier.lastAssessed ?? "",
  }));
  const functions = Object.entries(policy.services).map(([id, service]) => {
    const tier = policy.tiers[service.tier];
    const isCritical = critical.has(service.tier);
    return {
      "B_06.01.0010": functionIds.get(id) ?? "",
      "B_06.01.0030": service.description ?? id,
      "B_06.01.0050": isCritical ? "Yes" : "No",
      "B_06.01.0060": tier ? criticalityReason(service.tier, tier, isCritical, service.commitments) : "",
      "B_06.01.0070": policy.metadata.reviewedOn ?? "",
      "B_06.01.0080": tier ? hours(tier.rto) : "",
      "B_06.01.0090": tier ? hours(tier.rpo) : "",
      "relais.service": id,
      "relais.tier": service.tier,
      "relais.rto": tier ? formatDuration(tier.rto) : "",
      "relais.rpo": tier ? formatDuration(tier.rpo) : "",
      "relais.mtpd": tier ? formatDuration(tier.mtpd) : "",
      "relais.suppliers": reliances
        .filter((reliance) => reliance.service === id)
        .map((reliance) => reliance.supplier)
        .join(" "),
    };
  });
  const links = reliances.map((reliance) => ({
    "B_02.02.0050": functionIds.get(reliance.service) ?? "",
    "B_02.02.0180": reliance.hard ? "Full reliance" : "Low reliance",
    "relais.supplier": reliance.supplier,
    "relais.service": reliance.service,
    "relais.path": reliance.path.join(" → "),
  }));
  const assessments = ict.map(([id, supplier]) => assessment(policy, id, supplier));
  return [table(B_02_02, links), table(B_05_01, providers), table(B_06_01, functions), table(B_07_01, assessments)];
}

/** The CSV text of a register table: a header of column codes, then the rows. */
export function registerCsv(registerTable: RegisterTable): string {
  return toCsv(
    registerTable.template.columns.map((column) => column.code),
    registerTable.rows,
  );
}

function table(template: TemplateSpec, records: readonly Record<string, string>[]): RegisterTable {
  return { template, rows: records.map((record) => template.columns.map((column) => record[column.code] ?? "")) };
}

function assessment(policy: ContinuityPolicy, id: string, supplier: SupplierSpec): Record<string, string> {
  const hasAlternates = supplier.alternates.length > 0;
  const substitutability = supplier.substitutable
    ? "Easily substitutable"
    : hasAlternates
      ? "Highly complex substitutability"
      : "Not substitutable";
  const reason = supplier.substitutable
    ? ""
    : hasAlternates
      ? "Difficulties in migrating or reintegrating"
      : "Lack of real alternatives";
  const impact = { critical: "High", important: "Medium", minor: "Low" }[supplier.criticality];
  return {
    "B_07.01.0050": substitutability,
    "B_07.01.0060": reason,
    "B_07.01.0080": supplier.exitPlan ? "Yes" : "No",
    "B_07.01.0100": impact,
    "B_07.01.0110": hasAlternates ? "Yes" : "No",
    "B_07.01.0120": supplier.alternates
      .map((alternate) =>
        policy.suppliers[alternate] ? `${policy.suppliers[alternate].name} (${alternate})` : alternate,
      )
      .join("; "),
    "relais.supplier": id,
    "relais.alternates": supplier.alternates.join(" "),
    "relais.switchover": supplier.switchover === undefined ? "" : formatDuration(supplier.switchover),
    "relais.exitPlan": supplier.exitPlan ?? "",
    "relais.recoveryRto": supplier.recovery?.rto === undefined ? "" : formatDuration(supplier.recovery.rto),
    "relais.recoveryRpo": supplier.recovery?.rpo === undefined ? "" : formatDuration(supplier.recovery.rpo),
  };
}

/**
 * An objective in whole hours, as the templates ask: rounded up, and `1` for anything under an hour (a zero RPO
 * included), so a figure never claims more than the policy does. The exact value is in the `relais.*` column.
 */
export function hours(seconds: number): string {
  return String(Math.max(1, Math.ceil(seconds / 3600)));
}

function criticalityReason(
  tierId: string,
  tier: ContinuityPolicy["tiers"][string],
  isCritical: boolean,
  commitments: readonly string[],
): string {
  const objectives = `tier ${tierId}: RTO ${formatDuration(tier.rto)}, RPO ${formatDuration(tier.rpo)}, MTPD ${formatDuration(tier.mtpd)}`;
  const served = commitments.length > 0 ? `; serves ${commitments.join(", ")}` : "";
  return `${isCritical ? "Critical or important" : "Not critical or important"} (${objectives}${served})`;
}

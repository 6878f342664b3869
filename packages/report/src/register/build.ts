import { type ContinuityPolicy, formatDuration, hostingProviders, ictProviderIds } from "@relais/policy";
import {
  type Coded,
  country,
  IMPACT,
  LEI_CODE,
  NO,
  NOT_ASSESSED,
  NOT_SUBSTITUTABLE_REASON,
  RELIANCE,
  SUBSTITUTABILITY,
  yesNo,
} from "./codes";
import { B_02_02, B_05_01, B_06_01, B_07_01, type ColumnSpec, filingCode, type TemplateSpec } from "./columns";
import { toCsv } from "./csv";
import { ictReliances } from "./reliance";

/** `review`: readable labels and the `relais.*` columns. `filing`: `c0010` headers, EBA codes, nothing extra. */
export type RegisterMode = "review" | "filing";

/** One file of the register: a template's header and rows in one mode, and what the policy cannot fill. */
export interface RegisterTable {
  template: TemplateSpec;
  /** The columns written, in template order: every template column, plus the `relais.*` ones in review mode. */
  columns: ColumnSpec[];
  /** The header line: column codes (`B_05.01.0050`) in review mode, `c0050` in filing mode. */
  header: string[];
  /** One value per written column; empty when the policy does not say. */
  rows: string[][];
  /** Mandatory columns left empty in at least one row, in template order. */
  unfilled: ColumnSpec[];
}

export interface RegisterOptions {
  /** Default `review`. */
  mode?: RegisterMode;
}

type Value = string | Coded;
type Row = Record<string, Value>;

/**
 * The DORA register of information as far as the policy can fill it: the ICT third-party providers — suppliers
 * with `ict: true`, suppliers that host sites, and cloud providers that host sites no supplier declares — the
 * functions (services) with their criticality, RTO and RPO, which function relies on which provider, and each
 * provider's substitutability, alternates and exit plan.
 */
export function buildRegister(policy: ContinuityPolicy, options: RegisterOptions = {}): RegisterTable[] {
  const mode = options.mode ?? "review";
  const providers = ictProviders(policy);
  const reliances = ictReliances(policy);
  const entityLei = policy.regulation?.lei ?? "";

  const links = reliances.map(
    (reliance): Row => ({
      "B_02.02.0010": providers.get(reliance.supplier)?.contract ?? "",
      "B_02.02.0020": entityLei,
      ...identification(providers.get(reliance.supplier)?.lei, "B_02.02.0030", "B_02.02.0040"),
      "B_02.02.0050": functionId(reliance.service),
      "B_02.02.0180": RELIANCE[reliance.level],
      "relais.supplier": reliance.supplier,
      "relais.service": reliance.service,
      "relais.path": reliance.path.join(" → "),
    }),
  );
  const providerRows = [...providers].map(
    ([id, provider]): Row => ({
      ...identification(provider.lei, "B_05.01.0010", "B_05.01.0020"),
      "B_05.01.0050": provider.name,
      "B_05.01.0080": country(provider.country),
      "relais.supplier": id,
      "relais.provides": provider.provides ?? "",
      "relais.criticality": provider.criticality ?? "",
      "relais.lastAssessed": provider.lastAssessed ?? "",
    }),
  );
  const functions = Object.entries(policy.services).map(([id, service]): Row => {
    const tier = policy.tiers[service.tier];
    const assessed = tier?.criticalFunction;
    return {
      "B_06.01.0010": functionId(id),
      "B_06.01.0030": service.description ?? id,
      "B_06.01.0040": entityLei,
      "B_06.01.0050": assessed === undefined ? NOT_ASSESSED : yesNo(assessed),
      "B_06.01.0060": tier && assessed !== undefined ? criticalityReason(service.tier, tier, assessed) : "",
      "B_06.01.0070": assessed === undefined ? "" : (policy.metadata.reviewedOn ?? ""),
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
  const assessments = [...providers].map(([id, provider]) => assessment(policy, id, provider));
  return [
    table(B_02_02, links, mode),
    table(B_05_01, providerRows, mode),
    table(B_06_01, functions, mode),
    table(B_07_01, assessments, mode),
  ];
}

/** The CSV text of a register table: its header, then its rows. */
export function registerCsv(registerTable: RegisterTable): string {
  return toCsv(registerTable.header, registerTable.rows);
}

/**
 * A function's identifier, derived from its service id so that it never changes when services are reordered or
 * added: `payments-api` → `F-payments-api`.
 */
export function functionId(serviceId: string): string {
  return `F-${serviceId}`;
}

/** What the register knows of an ICT provider: a supplier, or a cloud provider that no supplier declares. */
interface Provider {
  name: string;
  country?: string;
  lei?: string;
  contract?: string;
  provides?: string;
  criticality?: string;
  lastAssessed?: string;
  /** Absent for an undeclared cloud provider: nothing is known of its substitutability or exit. */
  supplier?: ContinuityPolicy["suppliers"][string];
}

/** Every ICT provider by id: ICT or hosting suppliers in policy order, then undeclared cloud providers. */
function ictProviders(policy: ContinuityPolicy): Map<string, Provider> {
  const hosting = hostingProviders(policy);
  return new Map(
    ictProviderIds(policy).map((id): [string, Provider] => {
      const supplier = policy.suppliers[id];
      if (supplier) return [id, { ...supplier, supplier }];
      const host = hosting.find((candidate) => candidate.id === id && candidate.supplier === undefined);
      return [id, { name: host?.name ?? id, provides: "hosting (undeclared)" }];
    }),
  );
}

function identification(lei: string | undefined, codeColumn: string, typeColumn: string): Row {
  return lei === undefined ? {} : { [codeColumn]: lei, [typeColumn]: LEI_CODE };
}

function table(template: TemplateSpec, records: readonly Row[], mode: RegisterMode): RegisterTable {
  const columns = template.columns.filter((column) => mode === "review" || column.source !== "relais");
  const rows = records.map((record) =>
    columns.map((column) => {
      const value = record[column.code] ?? "";
      return typeof value === "string" ? value : mode === "filing" ? value.eba : value.label;
    }),
  );
  const unfilled = columns.filter((column, index) => column.mandatory && rows.some((row) => row[index] === ""));
  const header = columns.map((column) => (mode === "filing" ? filingCode(column) : column.code));
  return { template, columns, header, rows, unfilled };
}

function assessment(policy: ContinuityPolicy, id: string, provider: Provider): Row {
  const supplier = provider.supplier;
  const base: Row = {
    "B_07.01.0010": provider.contract ?? "",
    ...identification(provider.lei, "B_07.01.0020", "B_07.01.0030"),
    "relais.supplier": id,
  };
  if (!supplier) return { ...base, "B_07.01.0080": NO, "B_07.01.0110": NO };
  const hasAlternates = supplier.alternates.length > 0;
  return {
    ...base,
    "B_07.01.0050": supplier.substitutable
      ? SUBSTITUTABILITY.easy
      : hasAlternates
        ? SUBSTITUTABILITY.complex
        : SUBSTITUTABILITY.none,
    "B_07.01.0060": supplier.substitutable
      ? ""
      : hasAlternates
        ? NOT_SUBSTITUTABLE_REASON.migration
        : NOT_SUBSTITUTABLE_REASON.alternatives,
    "B_07.01.0080": yesNo(supplier.exitPlan !== undefined),
    "B_07.01.0100": IMPACT[supplier.criticality],
    "B_07.01.0110": yesNo(hasAlternates),
    "B_07.01.0120": supplier.alternates
      .map((alternate) =>
        policy.suppliers[alternate] ? `${policy.suppliers[alternate].name} (${alternate})` : alternate,
      )
      .join("; "),
    "relais.alternates": supplier.alternates.join(" "),
    "relais.switchover": supplier.switchover === undefined ? "" : formatDuration(supplier.switchover),
    "relais.exitPlan": supplier.exitPlan ?? "",
    "relais.exitTestedOn": supplier.exitTestedOn ?? "",
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

function criticalityReason(tierId: string, tier: ContinuityPolicy["tiers"][string], critical: boolean): string {
  const objectives = `tier ${tierId}: RTO ${formatDuration(tier.rto)}, RPO ${formatDuration(tier.rpo)}, MTPD ${formatDuration(tier.mtpd)}`;
  return `${critical ? "Supports a critical or important function" : "Supports no critical or important function"} (${objectives})`;
}

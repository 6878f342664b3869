/**
 * The register's templates and columns, modelled on the templates of Commission Implementing Regulation (EU)
 * 2024/2956 (register of information, DORA Art. 28(3)), with column codes as corrected by the corrigendum of
 * September 2025. `docs/dora-register.md` documents every column; a test keeps the two in step.
 */

/** Where a column's value comes from. */
export type Source = "policy" | "not-in-policy" | "relais";

export interface ColumnSpec {
  /** The template field code, such as `B_05.01.0050`, or `relais.<name>` for an additional Relais column. */
  code: string;
  /** The field name in the template. */
  name: string;
  source: Source;
  /** A column a filing must fill: the register says when the policy leaves it empty. */
  mandatory: boolean;
}

export interface TemplateSpec {
  /** Template code, such as `B_05.01`. */
  code: string;
  /** File written by `relais register`. */
  file: string;
  title: string;
  columns: readonly ColumnSpec[];
}

const fromPolicy = (code: string, name: string, mandatory = false): ColumnSpec => ({
  code,
  name,
  source: "policy",
  mandatory,
});
const missing = (code: string, name: string, mandatory = false): ColumnSpec => ({
  code,
  name,
  source: "not-in-policy",
  mandatory,
});
const extra = (code: string, name: string): ColumnSpec => ({
  code: `relais.${code}`,
  name,
  source: "relais",
  mandatory: false,
});

/** The column's code in a filing: `c` and its four digits (`B_05.01.0050` → `c0050`). */
export function filingCode(column: ColumnSpec): string {
  return `c${column.code.slice(-4)}`;
}

export const B_02_02: TemplateSpec = {
  code: "B_02.02",
  file: "b_02.02.csv",
  title: "Contractual arrangements – specific information (which function each ICT provider supports)",
  columns: [
    fromPolicy("B_02.02.0010", "Contractual arrangement reference number", true),
    fromPolicy("B_02.02.0020", "LEI of the entity making use of the ICT service(s)", true),
    fromPolicy("B_02.02.0030", "Identification code of the ICT third-party service provider", true),
    fromPolicy("B_02.02.0040", "Type of code to identify the ICT third-party service provider", true),
    fromPolicy("B_02.02.0050", "Function identifier", true),
    missing("B_02.02.0060", "Type of ICT services", true),
    missing("B_02.02.0070", "Start date of the contractual arrangement", true),
    missing("B_02.02.0080", "End date of the contractual arrangement"),
    missing("B_02.02.0090", "Reason of the termination or ending of the contractual arrangement"),
    missing("B_02.02.0100", "Notice period for the financial entity making use of the ICT service(s)"),
    missing("B_02.02.0110", "Notice period for the ICT third-party service provider"),
    missing("B_02.02.0120", "Country of the governing law of the contractual arrangement", true),
    missing("B_02.02.0130", "Country of provision of the ICT services", true),
    missing("B_02.02.0140", "Storage of data", true),
    missing("B_02.02.0150", "Location of the data at rest (storage)"),
    missing("B_02.02.0160", "Location of management of the data (processing)"),
    missing("B_02.02.0170", "Sensitiveness of the data stored by the ICT third-party service provider"),
    fromPolicy(
      "B_02.02.0180",
      "Level of reliance on the ICT service supporting the critical or important function",
      true,
    ),
    extra("supplier", "Relais supplier id"),
    extra("service", "Relais service id of the function"),
    extra("path", "How the function relies on the supplier"),
  ],
};

export const B_05_01: TemplateSpec = {
  code: "B_05.01",
  file: "b_05.01.csv",
  title: "ICT third-party service providers",
  columns: [
    fromPolicy("B_05.01.0010", "Identification code of the ICT third-party service provider", true),
    fromPolicy("B_05.01.0020", "Type of code to identify the ICT third-party service provider", true),
    missing("B_05.01.0030", "Additional identification code of the ICT third-party service provider"),
    missing("B_05.01.0040", "Type of additional identification code"),
    fromPolicy("B_05.01.0050", "Legal name of the ICT third-party service provider", true),
    missing("B_05.01.0060", "Name of the ICT third-party service provider in Latin alphabet"),
    missing("B_05.01.0070", "Type of person of the ICT third-party service provider", true),
    fromPolicy("B_05.01.0080", "Country of the ICT third-party service provider's headquarters", true),
    missing("B_05.01.0090", "Currency of the amount reported in B_05.01.0100"),
    missing("B_05.01.0100", "Total annual expense or estimated cost of the ICT third-party service provider"),
    missing(
      "B_05.01.0110",
      "Identification code of the ICT third-party service provider's ultimate parent undertaking",
    ),
    missing(
      "B_05.01.0120",
      "Type of code to identify the ICT third-party service provider's ultimate parent undertaking",
    ),
    extra("supplier", "Relais supplier id"),
    extra("provides", "What the supplier provides"),
    extra("criticality", "Supplier criticality in the policy"),
    extra("lastAssessed", "Date of the last assessment in the policy"),
  ],
};

export const B_06_01: TemplateSpec = {
  code: "B_06.01",
  file: "b_06.01.csv",
  title: "Functions identification",
  columns: [
    fromPolicy("B_06.01.0010", "Function identifier", true),
    missing("B_06.01.0020", "Licenced activity", true),
    fromPolicy("B_06.01.0030", "Function name", true),
    fromPolicy("B_06.01.0040", "LEI of the financial entity", true),
    fromPolicy("B_06.01.0050", "Criticality or importance assessment", true),
    fromPolicy("B_06.01.0060", "Reasons for criticality or importance", true),
    fromPolicy("B_06.01.0070", "Date of the last assessment of criticality or importance", true),
    fromPolicy("B_06.01.0080", "Recovery time objective of the function", true),
    fromPolicy("B_06.01.0090", "Recovery point objective of the function", true),
    missing("B_06.01.0100", "Impact of discontinuing the function", true),
    extra("service", "Relais service id"),
    extra("tier", "Tier"),
    extra("rto", "RTO as in the policy"),
    extra("rpo", "RPO as in the policy"),
    extra("mtpd", "MTPD as in the policy"),
    extra("suppliers", "ICT suppliers the function relies on"),
  ],
};

export const B_07_01: TemplateSpec = {
  code: "B_07.01",
  file: "b_07.01.csv",
  title: "Assessment of the ICT services",
  columns: [
    fromPolicy("B_07.01.0010", "Contractual arrangement reference number", true),
    fromPolicy("B_07.01.0020", "Identification code of the ICT third-party service provider", true),
    fromPolicy("B_07.01.0030", "Type of code to identify the ICT third-party service provider", true),
    missing("B_07.01.0040", "Type of ICT services", true),
    fromPolicy("B_07.01.0050", "Substitutability of the ICT third-party service provider", true),
    fromPolicy(
      "B_07.01.0060",
      "Reason if the ICT third-party service provider is considered not substitutable or difficult to be substitutable",
    ),
    missing("B_07.01.0070", "Date of the last audit on the ICT third-party service provider"),
    fromPolicy("B_07.01.0080", "Existence of an exit plan", true),
    missing("B_07.01.0090", "Possibility of reintegration of the contracted ICT service"),
    fromPolicy("B_07.01.0100", "Impact of discontinuing the ICT services", true),
    fromPolicy("B_07.01.0110", "Are there alternative ICT third-party service providers identified?", true),
    fromPolicy("B_07.01.0120", "Identification of alternative ICT TPP"),
    extra("supplier", "Relais supplier id"),
    extra("alternates", "Alternate supplier ids"),
    extra("switchover", "Time to move to an alternate"),
    extra("exitPlan", "Exit plan reference"),
    extra("exitTestedOn", "Date the exit plan was last rehearsed"),
    extra("recoveryRto", "Supplier's committed RTO"),
    extra("recoveryRpo", "Supplier's committed RPO"),
  ],
};

/** Every template the register writes, in template order. */
export const REGISTER_TEMPLATES: readonly TemplateSpec[] = [B_02_02, B_05_01, B_06_01, B_07_01];

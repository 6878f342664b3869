/**
 * The register's closed-list values, each with the label a reader sees (`--mode review`) and the EBA code a
 * reporting tool ingests (`--mode filing`), as in the EBA's data point model for the ITS 2024/2956 templates.
 */

/** A closed-list value: its label and its EBA code. */
export interface Coded {
  label: string;
  eba: string;
}

const coded = (label: string, eba: string): Coded => ({ label, eba });

export const YES = coded("Yes", "eba_BT:x28");
export const NO = coded("No", "eba_BT:x29");
export const NOT_ASSESSED = coded("Assessment not performed", "eba_BT:x21");

/** Type of code identifying a provider or an entity. */
export const LEI_CODE = coded("LEI", "eba_qCO:qx2000");

export const RELIANCE = {
  low: coded("Low reliance", "eba_ZZ:x795"),
  material: coded("Material reliance", "eba_ZZ:x796"),
  full: coded("Full reliance", "eba_ZZ:x797"),
} as const;

export const IMPACT = {
  minor: coded("Low", "eba_ZZ:x791"),
  important: coded("Medium", "eba_ZZ:x792"),
  critical: coded("High", "eba_ZZ:x793"),
} as const;

export const SUBSTITUTABILITY = {
  none: coded("Not substitutable", "eba_ZZ:x959"),
  complex: coded("Highly complex substitutability", "eba_ZZ:x960"),
  easy: coded("Easily substitutable", "eba_ZZ:x962"),
} as const;

export const NOT_SUBSTITUTABLE_REASON = {
  alternatives: coded("Lack of real alternatives", "eba_ZZ:x963"),
  migration: coded("Difficulties in migrating or reintegrating", "eba_ZZ:x964"),
} as const;

/** A country as the register writes it: `FR` for review, `eba_GA:FR` for filing. */
export function country(iso: string | undefined): Coded | string {
  return iso === undefined ? "" : coded(iso, `eba_GA:${iso}`);
}

/** Yes or No. */
export function yesNo(value: boolean): Coded {
  return value ? YES : NO;
}

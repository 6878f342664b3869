/** Jurisdictions as the policy writes them: ISO 3166-1 alpha-2 codes, and `EU` for any member state. */

/** The 27 member states of the European Union, as ISO 3166-1 alpha-2 codes (Greece is GR, not EL). */
export const EU_MEMBER_STATES: readonly string[] = [
  "AT",
  "BE",
  "BG",
  "CY",
  "CZ",
  "DE",
  "DK",
  "EE",
  "ES",
  "FI",
  "FR",
  "GR",
  "HR",
  "HU",
  "IE",
  "IT",
  "LT",
  "LU",
  "LV",
  "MT",
  "NL",
  "PL",
  "PT",
  "RO",
  "SE",
  "SI",
  "SK",
];

const EU = new Set(EU_MEMBER_STATES);

/** True when a site's jurisdiction is one of `allowed`, where `EU` stands for every member state. */
export function jurisdictionAllowed(jurisdiction: string, allowed: readonly string[]): boolean {
  return allowed.includes(jurisdiction) || (allowed.includes("EU") && EU.has(jurisdiction));
}

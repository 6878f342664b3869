/**
 * The elements a business continuity plan must contain under NIS2 Implementing Regulation (EU) 2024/2690,
 * Annex, point 4.1.2. Every section of the plan document declares which of them it covers; the mapping table of
 * the document is computed from those declarations, so it cannot claim a section that does not exist.
 */
export const NIS2_ELEMENTS = [
  { id: "a", title: "Purpose, scope and audience" },
  { id: "b", title: "Roles and responsibilities" },
  { id: "c", title: "Key contacts and (internal and external) communication channels" },
  { id: "d", title: "Conditions for plan activation and deactivation" },
  { id: "e", title: "Order of recovery" },
  { id: "f", title: "Recovery objectives" },
  { id: "g", title: "Required resources, including backups and redundancies" },
  { id: "h", title: "Reporting and resuming from temporary measures" },
  { id: "i", title: "Interfaces with incident handling" },
] as const;

export type Nis2ElementId = (typeof NIS2_ELEMENTS)[number]["id"];

/** The regulation the elements come from, as cited in the document. */
export const NIS2_SOURCE = "Commission Implementing Regulation (EU) 2024/2690, Annex, point 4.1.2";

/** For each element, the sections (by id, in document order) that cover it. */
export function nis2Coverage(
  sections: readonly { id: string; nis2: readonly Nis2ElementId[] }[],
): Map<Nis2ElementId, string[]> {
  const coverage = new Map<Nis2ElementId, string[]>(NIS2_ELEMENTS.map((element) => [element.id, []]));
  for (const section of sections) {
    for (const element of section.nis2) coverage.get(element)?.push(section.id);
  }
  return coverage;
}

/**
 * What the regulations a plan answers to ask of it, element by element: NIS2 Implementing Regulation (EU) 2024/2690
 * (Annex points 4.1.2 (a)–(h) as published, 4.1.3, 4.1.4, 4.2, 4.3) and DORA, Regulation (EU) 2022/2554 (Art. 11,
 * 12, 28(8), 29). Sections declare the elements they cover; each element names the policy paths that fill it, so
 * the traceability table can say plainly which elements the policy leaves empty.
 */
import type { ContinuityPolicy, RegimeName } from "@relais/policy";

/** A policy path that fills an element, and whether this policy has it. */
export interface PolicySource {
  path: string;
  present(policy: ContinuityPolicy): boolean;
}

export interface RegimeElement {
  id: ElementId;
  regime: Exclude<RegimeName, "none">;
  /** Exact citation: `Annex 4.1.2 (a)`, `Art. 28(8)`. */
  citation: string;
  requirement: string;
  sources: readonly PolicySource[];
}

export type ElementId =
  | "a"
  | "b"
  | "c"
  | "d"
  | "e"
  | "f"
  | "g"
  | "h"
  | "4.1.3"
  | "4.1.4"
  | "4.2"
  | "4.3"
  | "art11"
  | "art12"
  | "art28-8"
  | "art29";

/** How each regime is cited in the document. */
export const REGIME_SOURCES: Readonly<Record<Exclude<RegimeName, "none">, string>> = {
  nis2: "NIS2: Commission Implementing Regulation (EU) 2024/2690, Annex",
  dora: "DORA: Regulation (EU) 2022/2554",
};

const source = (path: string, present: (policy: ContinuityPolicy) => boolean): PolicySource => ({ path, present });
const always = (path: string) => source(path, () => true);
const services = (policy: ContinuityPolicy) => Object.values(policy.services);
const suppliers = (policy: ContinuityPolicy) => Object.values(policy.suppliers);
const backups = (policy: ContinuityPolicy) =>
  services(policy).flatMap((s) => (s.data.mode === "backup" ? [s.data] : []));

const CRISIS_CELL = source("crisisCell", (p) => p.crisisCell !== undefined);
const SCENARIOS = source("scenarios", (p) => p.scenarios.length > 0);
const DATA = always("services.*.data");
const LAST_RUN = source("exercises[].lastRun", (p) => p.exercises.some((e) => e.lastRun !== undefined));
const RESTORE_TESTED = source("services.*.data.restoreTestedOn", (p) =>
  backups(p).some((d) => d.restoreTestedOn !== undefined),
);
const STANDBY_SITES = source("services.*.sites (a second site)", (p) => services(p).some((s) => s.sites.length > 1));
const AUTHORITY = source("regulation.authority", (p) => p.regulation?.authority !== undefined);

const nis2 = (id: ElementId, citation: string, requirement: string, sources: PolicySource[]): RegimeElement => ({
  id,
  regime: "nis2",
  citation,
  requirement,
  sources,
});
const dora = (id: ElementId, citation: string, requirement: string, sources: PolicySource[]): RegimeElement => ({
  id,
  regime: "dora",
  citation,
  requirement,
  sources,
});

/** Every element, NIS2 first, in the order of the texts. */
export const REGIME_ELEMENTS: readonly RegimeElement[] = [
  nis2("a", "Annex 4.1.2 (a)", "Purpose, scope and audience", [
    source("metadata.description", (p) => p.metadata.description !== undefined),
    always("services"),
  ]),
  nis2("b", "Annex 4.1.2 (b)", "Roles and responsibilities", [
    source("crisisCell.roles", (p) => p.crisisCell !== undefined),
    source("services.*.owner", (p) => services(p).some((s) => s.owner !== undefined)),
  ]),
  nis2("c", "Annex 4.1.2 (c)", "Key contacts and (internal and external) communication channels", [
    source("crisisCell.roles[].email, phone", (p) =>
      (p.crisisCell?.roles ?? []).some((r) => r.email !== undefined || r.phone !== undefined),
    ),
    source("crisisCell.channels", (p) => (p.crisisCell?.channels ?? []).length > 0),
    source("commitments.*.customer", (p) => Object.keys(p.commitments).length > 0),
    AUTHORITY,
  ]),
  nis2("d", "Annex 4.1.2 (d)", "Conditions for plan activation and deactivation", [
    source("stages[].triggers", (p) => p.stages.some((s) => s.triggers.length > 0)),
    SCENARIOS,
    CRISIS_CELL,
  ]),
  nis2("e", "Annex 4.1.2 (e)", "Order of recovery for operations", [
    always("tiers.*.rto"),
    source("services.*.dependsOn", (p) => services(p).some((s) => s.dependsOn.length > 0)),
  ]),
  nis2("f", "Annex 4.1.2 (f)", "Recovery plans for specific operations, including recovery objectives", [
    always("tiers.*.rto, rpo, mtpd"),
    SCENARIOS,
  ]),
  nis2("g", "Annex 4.1.2 (g)", "Required resources, including backups and redundancies", [
    always("services.*.capacity"),
    DATA,
    source("sites.*.capacity", (p) => Object.values(p.sites).some((s) => s.capacity !== undefined)),
    source("people", (p) => p.people !== undefined),
  ]),
  nis2("h", "Annex 4.1.2 (h)", "Restoring and resuming activities from temporary measures", [STANDBY_SITES, DATA]),
  nis2("4.1.3", "Annex 4.1.3", "Business impact analysis", [
    always("tiers (rto, rpo, mtpd, mbco)"),
    source("commitments", (p) => Object.keys(p.commitments).length > 0),
  ]),
  nis2(
    "4.1.4",
    "Annex 4.1.4",
    "Plans tested, reviewed and updated at planned intervals and after significant incidents or changes, with lessons learnt",
    [
      LAST_RUN,
      source("exercises[].results (lessons learnt)", (p) => p.exercises.some((e) => e.results.length > 0)),
      source("metadata.reviewedOn, reviewEvery", (p) => p.metadata.reviewEvery !== undefined),
    ],
  ),
  nis2("4.2", "Annex 4.2", "Backup and redundancy management, with restore tests and their results", [
    DATA,
    source("services.*.data.retention", (p) => backups(p).some((d) => d.retention !== undefined)),
    RESTORE_TESTED,
    STANDBY_SITES,
  ]),
  nis2(
    "4.3",
    "Annex 4.3",
    "Crisis management: roles (suppliers included), communication with competent authorities, tests",
    [CRISIS_CELL, source("suppliers", (p) => suppliers(p).length > 0), AUTHORITY, LAST_RUN],
  ),
  dora(
    "art11",
    "Art. 11",
    "ICT business continuity policy and plans, tested at least yearly; records of activities during a disruption (11(8))",
    [SCENARIOS, CRISIS_CELL, LAST_RUN],
  ),
  dora("art12", "Art. 12", "Backup policies, restoration and recovery procedures, a secondary site", [
    DATA,
    STANDBY_SITES,
    RESTORE_TESTED,
  ]),
  dora(
    "art28-8",
    "Art. 28(8)",
    "Exit strategies for ICT services supporting critical or important functions, tested and reviewed",
    [
      source("suppliers.*.exitPlan", (p) => suppliers(p).some((s) => s.exitPlan !== undefined)),
      source("suppliers.*.exitTestedOn", (p) => suppliers(p).some((s) => s.exitTestedOn !== undefined)),
      source("suppliers.*.alternates", (p) => suppliers(p).some((s) => s.alternates.length > 0)),
    ],
  ),
  dora("art29", "Art. 29", "Preliminary assessment of ICT concentration risk", [
    source("suppliers.*.hosts", (p) => suppliers(p).some((s) => s.hosts.length > 0)),
    source("suppliers.*.substitutable, alternates", (p) =>
      suppliers(p).some((s) => s.substitutable || s.alternates.length > 0),
    ),
    always("sites.*.provider"),
  ]),
];

/** The elements of the policy's regimes (`regulation.regimes`), in the order of the texts. */
export function activeElements(policy: ContinuityPolicy): RegimeElement[] {
  const regimes = new Set(policy.regulation?.regimes ?? []);
  return REGIME_ELEMENTS.filter((element) => regimes.has(element.regime));
}

/** `NIS2 Annex 4.1.2 (a)` or `DORA Art. 28(8)`: an element as a tag. */
export function elementLabel(element: RegimeElement): string {
  return `${element.regime === "nis2" ? "NIS2" : "DORA"} ${element.citation}`;
}

/** For each element, the sections (by id, in document order) that cover it. */
export function coverage(sections: readonly { id: string; covers: readonly ElementId[] }[]): Map<ElementId, string[]> {
  const found = new Map<ElementId, string[]>(REGIME_ELEMENTS.map((element) => [element.id, []]));
  for (const section of sections) {
    for (const element of section.covers) found.get(element)?.push(section.id);
  }
  return found;
}

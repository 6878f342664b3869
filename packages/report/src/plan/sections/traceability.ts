import type { ContinuityPolicy } from "@relais/policy";
import { activeElements, coverage, REGIME_SOURCES, type RegimeElement } from "../../regimes";
import { callout, code, paragraph, ref, subsection, table, toned } from "../blocks";
import type { Block, Cell, Inline, Section } from "../model";

/**
 * The traceability table: for each element of the regimes the policy answers to (`regulation.regimes`), the
 * sections that cover it and the policy paths that fill it, and plainly which elements the policy leaves empty.
 */
export function traceabilitySection(policy: ContinuityPolicy, sections: readonly Section[]): Section {
  const elements = activeElements(policy);
  const regimes = [...new Set(elements.map((element) => element.regime))];
  return {
    id: "traceability",
    title: "Regulatory traceability",
    covers: [],
    blocks:
      regimes.length === 0
        ? [
            callout(
              "warn",
              "No regime declared",
              policy.regulation
                ? "regulation.regimes is none: this plan is not traced to NIS2 or DORA."
                : "The policy does not say which regime it answers to (regulation.regimes: nis2, dora or none), so this plan is not traced to any. Declare it: the right regime depends on the entity.",
            ),
          ]
        : [
            paragraph(
              "Each element the regulation asks of a continuity plan, the sections of this plan that cover it, and the policy paths that fill it. An element marked empty has no content in the policy: the section that covers it only describes the gap.",
            ),
            ...regimes.map((regime) =>
              subsection(`traceability-${regime}`, REGIME_SOURCES[regime], [
                regimeTable(
                  policy,
                  elements.filter((element) => element.regime === regime),
                  sections,
                ),
              ]),
            ),
          ],
  };
}

function regimeTable(
  policy: ContinuityPolicy,
  elements: readonly RegimeElement[],
  sections: readonly Section[],
): Block {
  const covered = coverage(sections);
  const titles = new Map(sections.map((section, index) => [section.id, `${index + 1}. ${section.title}`]));
  const rows = elements.map((element): Cell[] => {
    const ids = covered.get(element.id) ?? [];
    const links: Inline[] = ids.flatMap((id, index) => {
      const link = ref(id, titles.get(id) ?? id);
      return index === 0 ? [link] : ["; ", link];
    });
    const present = element.sources.filter((source) => source.present(policy));
    const absent = element.sources.filter((source) => !source.present(policy));
    return [
      element.citation,
      element.requirement,
      ids.length === 0 ? toned("not covered by any section", "bad") : links,
      present.length === 0
        ? "—"
        : present.flatMap((source, index) => (index === 0 ? [code(source.path)] : [", ", code(source.path)])),
      present.length === 0
        ? toned(`empty: the policy has no ${absent.map((source) => source.path).join(", ")}`, "bad")
        : absent.length === 0
          ? toned("filled", "ok")
          : toned(`partly: no ${absent.map((source) => source.path).join(", ")}`, "warn"),
    ];
  });
  return table(["Element", "Requirement", "Covered in", "Filled from", "Status"], rows);
}

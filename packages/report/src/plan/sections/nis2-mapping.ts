import { NIS2_ELEMENTS, NIS2_SOURCE, nis2Coverage } from "../../nis2";
import { paragraph, ref, table, toned } from "../blocks";
import type { Inline, Section } from "../model";

/** The table that maps each NIS2 Annex 4.1.2 element to the sections that cover it, computed from the sections. */
export function nis2MappingSection(sections: readonly Section[]): Section {
  const coverage = nis2Coverage(sections);
  const titles = new Map(sections.map((section, index) => [section.id, `${index + 1}. ${section.title}`]));
  const rows = NIS2_ELEMENTS.map((element) => {
    const ids = coverage.get(element.id) ?? [];
    const links: Inline[] = ids.flatMap((id, index) => {
      const link = ref(id, titles.get(id) ?? id);
      return index === 0 ? [link] : ["; ", link];
    });
    return [`(${element.id})`, element.title, ids.length === 0 ? toned("not covered", "bad") : links];
  });
  return {
    id: "nis2",
    title: "NIS2 continuity plan requirements",
    nis2: [],
    blocks: [
      paragraph(
        `${NIS2_SOURCE} lists what a business continuity plan contains. This table maps each element to the sections of this plan that cover it.`,
      ),
      table(["Element", "Requirement", "Covered in"], rows),
    ],
  };
}

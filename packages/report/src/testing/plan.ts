import { buildPlan } from "../plan/build";
import { collectPlanInputs } from "../plan/inputs";
import { type Block, type PlanDocument, plainText, type Section } from "../plan/model";
import type { Mutation } from "./diff";
import { parsedFullPolicy } from "./fixtures";

/** The plan document of the full test policy (mutated), as of 2026-11-28. */
export function planOf(mutate: Mutation = () => {}, today = "2026-11-28"): PlanDocument {
  return buildPlan(collectPlanInputs(parsedFullPolicy(mutate), { today, source: "continuity.yaml" }));
}

/** Text that would make a renderer misbehave if it were not escaped. */
export const HOSTILE = 'Evil <script>alert("x")</script> | *bold* [link](http://e.vil) `code` & co\n# heading';

/** A section of a plan by id; throws when it is missing. */
export function section(document: PlanDocument, id: string): Section {
  const found = document.sections.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found;
}

/** Every string of a section, flattened, to assert on the words a reader sees. */
export function words(blocks: readonly Block[]): string {
  return blocks
    .map((block) => {
      switch (block.kind) {
        case "paragraph":
        case "callout":
          return `${"title" in block ? block.title : ""} ${plainText(block.text)}`;
        case "list":
          return block.items.map((item) => plainText(item)).join(" | ");
        case "facts":
          return block.items.map(([label, value]) => `${label}: ${plainText(value)}`).join(" | ");
        case "table":
          return [
            block.head.join(" | "),
            ...block.rows.map((row) =>
              row
                .map((cell) =>
                  plainText(
                    typeof cell === "object" && cell !== null && !Array.isArray(cell) && "tone" in cell
                      ? cell.text
                      : (cell as never),
                  ),
                )
                .join(" | "),
            ),
            block.rows.length === 0 ? (block.empty ?? "") : "",
          ].join("\n");
        case "subsection":
          return `${block.title}\n${words(block.blocks)}`;
        default:
          return block.title;
      }
    })
    .join("\n");
}

import { SITE_CATALOGUE } from "../catalogue";
import { DURATION_FORMS } from "../duration";
import { policyJsonSchema } from "../json-schema";
import { type FieldRow, fieldRows, type JsonSchema, typeLabel } from "./schema-rows";

/** The sections of the format, in the documented order, with the heading each gets. */
const SECTIONS: ReadonlyArray<[key: string, heading: string]> = [
  ["metadata", "metadata"],
  ["tiers", "tiers.&lt;id&gt;"],
  ["sovereignty", "sovereignty.&lt;data class&gt;"],
  ["sites", "sites.&lt;id&gt;"],
  ["services", "services.&lt;id&gt;"],
  ["suppliers", "suppliers.&lt;id&gt;"],
  ["commitments", "commitments.&lt;id&gt;"],
  ["people", "people"],
  ["crisisCell", "crisisCell"],
  ["stages", "stages[]"],
  ["scenarios", "scenarios[]"],
  ["exercises", "exercises[]"],
  ["regulation", "regulation"],
];

const INTRO = `# The policy format: \`continuity.yaml\` (\`relais/v1\`)

<!-- Generated from the Zod schemas of @relais/policy by \`pnpm docs:generate\`; do not edit by hand. -->

A continuity policy is one YAML (or JSON) file. \`relais validate continuity.yaml\` checks it; \`relais schema\`
prints its JSON Schema, which also ships as \`@relais/policy/schema.json\`: put
\`# yaml-language-server: $schema=<path to schema.json>\` on the first line for completion in editors.

Conventions:

- **ids** are kebab-case: a lower-case letter, then up to 62 lower-case letters, digits or hyphens (\`payments-api\`).
- **durations** are text with units: ${DURATION_FORMS}; \`0s\` is allowed. A bare number such as \`15\` is refused.
- **percentages** are text such as \`40%\` or \`99.95%\`, from 0% to 100%.
- **dates** are \`YYYY-MM-DD\`.
- **country codes** are ISO 3166-1 alpha-2 (\`FR\`, \`DE\`); in \`sovereignty\`, \`EU\` stands for any EU member state.
- **unknown keys are errors**, so that a typo is never silently ignored; a top-level \`$schema\` key is allowed.
- Files are at most 4 MiB and nest at most 64 levels; YAML anchors and aliases are allowed, but all aliases together
  may copy at most 1 MiB of text (nested aliases included, scalars as well as collections).
- One parser reads every policy, as YAML 1.2 (core schema): \`yes\`, \`on\` and dates stay strings. Explicit \`?\` keys
  and more than one document are refused.
- Every finding about a node carries its \`line\` and \`column\` (1-based; an unknown key's own position), and
  \`relais validate\` prints each finding as \`file:line:column\` first.

A policy needs \`apiVersion\`, \`kind\`, \`metadata\` and at least one tier, site and service; every other section is
optional. After parsing, durations are seconds, percentages fractions, and every default below is applied. The
semantic rules that run after the schema are in [rules.md](rules.md).
`;

/** `docs/policy-format.md`: every section and field of the format, from the JSON Schema. */
export function renderPolicyFormatDoc(schema: JsonSchema = policyJsonSchema() as JsonSchema): string {
  const properties = schema.properties ?? {};
  const top = Object.entries(properties).map(([key, field]) => ({
    name: key,
    type: typeLabel(field),
    required: schema.required?.includes(key) ? "yes" : "no",
    defaultValue: field.default === undefined ? "" : `\`${JSON.stringify(field.default)}\``,
    description: field.description ?? "",
    example: key === "apiVersion" || key === "kind" ? `\`${String(field.const)}\`` : "",
  }));
  const parts = [INTRO, "## Top level\n", table(top)];
  for (const [key, heading] of SECTIONS) {
    const field = properties[key];
    if (!field) continue;
    const body = sectionBody(field);
    parts.push(`## \`${heading}\`\n`);
    if (field.description) parts.push(`${capitalise(field.description)}.\n`);
    parts.push(table(fieldRows(body)));
  }
  parts.push(catalogue());
  return `${parts.join("\n").trimEnd()}\n`;
}

/** The schema of one entry of a section: the value of a mapping of ids, the item of a list, or the section. */
function sectionBody(field: JsonSchema): JsonSchema {
  if (field.propertyNames && typeof field.additionalProperties === "object") return field.additionalProperties;
  if (field.type === "array" && field.items) return field.items;
  return field;
}

function table(rows: FieldRow[]): string {
  const lines = ["| field | type | required | default | description | example |", "|---|---|---|---|---|---|"];
  for (const row of rows) {
    const cells = [`\`${row.name}\``, row.type, row.required, row.defaultValue, row.description, row.example];
    lines.push(`| ${cells.map(escapeCell).join(" | ")} |`);
  }
  return `${lines.join("\n")}\n`;
}

function escapeCell(cell: string): string {
  return cell.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function catalogue(): string {
  const lines = [
    "## Site catalogue",
    "",
    "The regions and zones `unknown-region` knows, per cloud provider (`SITE_CATALOGUE` in `@relais/policy`). A site",
    "elsewhere gets a warning with the nearest known name, never an error.",
    "",
    "| provider | region | location | zones |",
    "|---|---|---|---|",
  ];
  for (const [provider, regions] of Object.entries(SITE_CATALOGUE)) {
    for (const [region, entry] of Object.entries(regions)) {
      lines.push(
        `| \`${provider}\` | \`${region}\` | ${entry.location} | ${entry.zones.map((zone) => `\`${zone}\``).join(", ")} |`,
      );
    }
  }
  return `${lines.join("\n")}\n`;
}

import { DURATION_PATTERN } from "../duration";
import { PERCENTAGE_PATTERN } from "../percentage";
import { ID_PATTERN } from "../schema/primitives";

/** A JSON Schema node, as `z.toJSONSchema` writes them. */
export interface JsonSchema {
  type?: string;
  description?: string;
  default?: unknown;
  examples?: unknown[];
  const?: unknown;
  enum?: unknown[];
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
}

/** One documented field: its dotted name within a section and what a reader needs to write it. */
export interface FieldRow {
  name: string;
  type: string;
  required: string;
  defaultValue: string;
  description: string;
  example: string;
}

/** What a value is, in the words of the policy format: `duration`, `id`, `one of zone, region, provider`. */
export function typeLabel(schema: JsonSchema): string {
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return [...new Set(alternatives.map(typeLabel))].join(" or ");
  if (schema.const !== undefined) return `\`${String(schema.const)}\``;
  if (schema.enum) return `one of ${schema.enum.map((value) => `\`${String(value)}\``).join(", ")}`;
  if (schema.type === "string") {
    if (schema.pattern === DURATION_PATTERN) return "duration";
    if (schema.pattern === PERCENTAGE_PATTERN) return "percentage";
    if (schema.pattern === ID_PATTERN.source) return "id";
    if (schema.format === "date") return "date";
    if (schema.pattern === "^[A-Z]{2}$") return "country code";
    return "text";
  }
  if (schema.type === "integer") {
    const low = schema.minimum ?? ("exclusiveMinimum" in schema ? 1 : undefined);
    const high = schema.maximum !== undefined && schema.maximum < 1e9 ? schema.maximum : undefined;
    if (low !== undefined && high !== undefined) return `whole number ${low}–${high}`;
    return low !== undefined ? `whole number ≥ ${low}` : "whole number";
  }
  if (schema.type === "number") return "number";
  if (schema.type === "boolean") return "true or false";
  if (schema.type === "array") return `list of ${schema.items ? plural(typeLabel(schema.items)) : "values"}`;
  if (schema.type === "object" && schema.propertyNames)
    return `mapping of ${typeLabel(schema.propertyNames)} → ${isObject(schema.additionalProperties) ? typeLabel(schema.additionalProperties) : "value"}`;
  if (schema.type === "object") return "mapping";
  return "value";
}

function plural(label: string): string {
  if (label === "mapping") return "mappings";
  if (label === "text") return "texts";
  if (/^(id|duration|percentage|date|country code)$/.test(label)) return `${label}s`;
  return label;
}

function isObject(value: unknown): value is JsonSchema {
  return typeof value === "object" && value !== null;
}

/** The rows of a mapping's fields, nested mappings and lists of mappings flattened as `a.b` and `a[].b`. */
export function fieldRows(schema: JsonSchema, prefix = ""): FieldRow[] {
  const variants = schema.oneOf ?? schema.anyOf;
  if (variants?.some((variant) => variant.properties)) return variantRows(variants, prefix);
  const rows: FieldRow[] = [];
  for (const [key, field] of Object.entries(schema.properties ?? {})) {
    const name = prefix + key;
    rows.push(row(name, field, schema.required?.includes(key) ? "yes" : "no"));
    rows.push(...nestedRows(field, name));
  }
  return rows;
}

function nestedRows(field: JsonSchema, name: string): FieldRow[] {
  if (field.properties || field.oneOf?.some((variant) => variant.properties)) return fieldRows(field, `${name}.`);
  const items = field.items;
  if (items && (items.properties || (items.anyOf ?? items.oneOf)?.some((variant) => variant.properties))) {
    return fieldRows(items, `${name}[].`);
  }
  return [];
}

/**
 * The rows of a union of mappings (a discriminated union, or a shorthand with long forms): each field once, with
 * the variants it belongs to when not all of them have it.
 */
function variantRows(variants: JsonSchema[], prefix: string): FieldRow[] {
  const discriminator = Object.keys(variants[0].properties ?? {}).find((key) =>
    variants.every((variant) => variant.properties?.[key]?.const !== undefined),
  );
  const names = [...new Set(variants.flatMap((variant) => Object.keys(variant.properties ?? {})))];
  const rows: FieldRow[] = [];
  const plain = variants.filter((variant) => !variant.properties);
  if (plain.length > 0)
    rows.push(row(prefix.replace(/\.$/, ""), { ...plain[0], description: plain[0].description }, "—"));
  for (const key of names) {
    const holders = variants.filter((variant) => variant.properties?.[key]);
    const field = holders[0].properties![key];
    if (key === discriminator) {
      rows.push({
        ...row(prefix + key, { type: "string", enum: holders.map((variant) => variant.properties![key].const) }, "yes"),
        description: `selects the form of the mapping`,
      });
      continue;
    }
    const everywhere = holders.length === variants.length - plain.length;
    const requiredIn = holders.filter((variant) => variant.required?.includes(key));
    const values =
      discriminator && !everywhere
        ? holders.map((variant) => `\`${String(variant.properties![discriminator].const)}\``)
        : [];
    const required = requiredIn.length === 0 ? "no" : requiredIn.length === holders.length ? "yes" : "depends";
    const scoped = values.length > 0 && required === "yes" ? `with ${discriminator} ${values.join(" or ")}` : required;
    const base = row(prefix + key, field, scoped);
    if (values.length > 0) {
      base.description = `${base.description}${base.description ? " " : ""}(${discriminator}: ${values.join(", ")})`;
    }
    rows.push(base, ...nestedRows(field, prefix + key));
  }
  return rows;
}

function row(name: string, field: JsonSchema, required: string): FieldRow {
  return {
    name,
    type: typeLabel(field),
    required,
    defaultValue: field.default === undefined ? "" : `\`${JSON.stringify(field.default)}\``,
    description: field.description ?? "",
    example: exampleOf(field),
  };
}

function exampleOf(field: JsonSchema): string {
  const example = field.examples?.[0] ?? field.const ?? field.enum?.[0];
  if (example === undefined) return "";
  return `\`${typeof example === "string" ? example : JSON.stringify(example)}\``;
}

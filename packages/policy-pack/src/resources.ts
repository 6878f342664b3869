import type { PolicyResource } from "@pulumi/policy";

/** The `relais:*` tags of a resource (from `tags`), or null when it carries none. */
export interface RelaisTags {
  service: string;
  tier: string;
  site: string;
  role: string;
}

/** Reads the `relais:*` tags a Relais component put on a resource. */
export function relaisTagsOf(props: Record<string, unknown>): RelaisTags | null {
  const tags = props.tags;
  if (!tags || typeof tags !== "object") return null;
  const record = tags as Record<string, unknown>;
  const site = record["relais:site"];
  if (typeof site !== "string") return null;
  const text = (key: string) => (typeof record[key] === "string" ? (record[key] as string) : "-");
  return { service: text("relais:service"), tier: text("relais:tier"), site, role: text("relais:role") };
}

/** True for `true` and `"true"` (provider inputs may arrive as strings). */
export function isTrue(value: unknown): boolean {
  return value === true || value === "true";
}

/** The objects of a list input (`rules`, `aliases`…); anything else is an empty list. */
export function objects(value: unknown): Array<Record<string, unknown>> {
  if (!Array.isArray(value)) return [];
  return value.filter((item): item is Record<string, unknown> => item !== null && typeof item === "object");
}

/** Route 53 is global: its records and health checks are managed through a provider of any region. */
export function isGlobal(type: string): boolean {
  return type.startsWith("aws:route53/");
}

/** The region of the provider that manages a resource, when it is known. */
export function providerRegion(resource: Pick<PolicyResource, "provider">): string | undefined {
  const region = resource.provider?.props.region;
  return typeof region === "string" && region !== "" ? region : undefined;
}

/**
 * Whether `resource`'s input `property` refers to `target`: it depends on it (the property's outputs come from
 * it), or it holds the same known value as the target's property of the same name (a bucket name, say).
 */
export function refersTo(resource: PolicyResource, property: string, target: PolicyResource): boolean {
  if (resource.propertyDependencies[property]?.some((dependency) => dependency.urn === target.urn)) return true;
  const value = resource.props[property];
  return typeof value === "string" && value !== "" && value === target.props[property];
}

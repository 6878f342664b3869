import type { PolicyProviderResource, PolicyResource } from "@pulumi/policy";

/** What a resource is, as a plan or a capture knows it. */
export interface ResourceDescription {
  urn: string;
  type: string;
  name: string;
  props: Record<string, unknown>;
  protect?: boolean;
  provider?: PolicyProviderResource;
  parent?: PolicyResource;
  /** The resources each input depends on, by input name. */
  propertyDependencies?: Record<string, PolicyResource[]>;
}

/**
 * A `PolicyResource` as `@pulumi/policy` hands it to a stack rule, built from a description, so that the rules
 * can run outside the Pulumi engine (offline previews, tests).
 */
export function policyResource(description: ResourceDescription): PolicyResource {
  const propertyDependencies = description.propertyDependencies ?? {};
  const isType = (resourceClass: unknown) => pulumiType(resourceClass) === description.type;
  const resource = {
    type: description.type,
    props: description.props,
    urn: description.urn,
    name: description.name,
    opts: {
      protect: description.protect ?? false,
      ignoreChanges: [],
      aliases: [],
      customTimeouts: { createSeconds: 0, updateSeconds: 0, deleteSeconds: 0 },
      additionalSecretOutputs: [],
      parent: description.parent?.urn,
    },
    provider: description.provider,
    parent: description.parent,
    propertyDependencies,
    // A getter: the offline preview fills the dependencies in after every resource exists.
    get dependencies() {
      return [...new Set(Object.values(propertyDependencies).flat())];
    },
    isType,
    asType: (resourceClass: unknown) => (isType(resourceClass) ? description.props : undefined),
  };
  // asType hands back the resolved properties, which is what ResolvedResource describes.
  return resource as unknown as PolicyResource;
}

/** A provider as `@pulumi/policy` describes it. */
export function policyProvider(urn: string, type: string, name: string, props: Record<string, unknown>) {
  return { urn, type, name, props } satisfies PolicyProviderResource;
}

/** The type token a Pulumi resource class declares (`aws.s3.Bucket.__pulumiType`). */
function pulumiType(resourceClass: unknown): string | undefined {
  const token = (resourceClass as { __pulumiType?: unknown } | null)?.__pulumiType;
  return typeof token === "string" ? token : undefined;
}

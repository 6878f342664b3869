import type { CapturedResource, JsonValue } from "../runner/protocol";

/** A captured resource for change-set tests: URN built as the mocks build it, under the stack. */
export function resource(
  type: string,
  name: string,
  inputs: Record<string, JsonValue>,
  provider: string | null = null,
): CapturedResource {
  return {
    urn: `urn:pulumi:dev::infra::pulumi:pulumi:Stack$${type}::${name}`,
    type,
    name,
    custom: true,
    parent: "urn:pulumi:dev::infra::pulumi:pulumi:Stack::infra-dev",
    provider,
    inputs,
  };
}

export const STACK: CapturedResource = {
  urn: "urn:pulumi:dev::infra::pulumi:pulumi:Stack::infra-dev",
  type: "pulumi:pulumi:Stack",
  name: "infra-dev",
  custom: false,
  parent: null,
  provider: null,
  inputs: {},
};

import { z } from "zod";
import { ContinuityPolicy } from "./schema/policy";

/** The JSON Schema of the policy format as it is written (durations and percentages as strings). */
export function policyJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ContinuityPolicy, { io: "input", unrepresentable: "any", target: "draft-7" });
  return {
    ...schema,
    $id: "https://relais.dev/schema/continuity-policy-v1.json",
    title: "Relais continuity policy (relais/v1)",
  };
}

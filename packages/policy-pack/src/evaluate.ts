import type {
  EnforcementLevel,
  PolicyResource,
  ResourceValidation,
  ResourceValidationArgs,
  StackValidationArgs,
} from "@pulumi/policy";
import type { PackConfigFile } from "./config";
import { type PackRule, packRules } from "./rules";

/** A rule's report about a resource (or the stack). */
export interface Violation {
  rule: string;
  enforcementLevel: EnforcementLevel;
  message: string;
  /** The resource the violation is about, or undefined for the stack as a whole. */
  urn: string | undefined;
}

/** Stops a rule that does not apply, as `args.notApplicable()` does in the engine. */
class NotApplicable extends Error {}

const notApplicable = (reason?: string): never => {
  throw new NotApplicable(reason);
};

/**
 * Runs rules over a stack's resources the way the CrossGuard engine does (every resource rule on each resource, then
 * every stack rule once) and collects their violations. Each rule reads its own section of the config file, which
 * may also change its enforcement level; disabled rules are skipped.
 */
export async function evaluateRules(
  resources: readonly PolicyResource[],
  config: PackConfigFile = {},
  rules: readonly PackRule[] = packRules,
): Promise<Violation[]> {
  const violations: Violation[] = [];
  const stackTags: ReadonlyMap<string, string> = new Map();
  for (const rule of rules) {
    const { enforcementLevel: configured, ...settings } = config[rule.name] ?? {};
    const enforcementLevel = configured ?? rule.enforcementLevel ?? "advisory";
    const getConfig = <T extends object>() => settings as T;
    if (enforcementLevel === "disabled") continue;
    const report = (urn: string | undefined) => (message: string, at?: string) =>
      violations.push({ rule: rule.name, enforcementLevel, message, urn: at ?? urn });
    if ("validateStack" in rule) {
      const args: StackValidationArgs = { resources: [...resources], stackTags, getConfig, notApplicable };
      await unlessNotApplicable(() => rule.validateStack(args, report(undefined)));
      continue;
    }
    const validations = ([] as ResourceValidation[]).concat(rule.validateResource ?? []);
    for (const resource of resources) {
      const args = { ...resource, stackTags, getConfig, notApplicable } as unknown as ResourceValidationArgs;
      for (const validate of validations) await unlessNotApplicable(() => validate(args, report(resource.urn)));
    }
  }
  return violations;
}

async function unlessNotApplicable(validate: () => void | Promise<void>): Promise<void> {
  try {
    await validate();
  } catch (error) {
    if (!(error instanceof NotApplicable)) throw error;
  }
}

import {
  type ContinuityPolicy,
  type Finding,
  readPolicyFile,
  runRules,
  sortFindings,
  validatePolicy,
} from "@relais/policy";
import { validationRules } from "@relais/simulate";
import { ComponentError } from "../errors";

/** A policy as `ContinuityPlan` accepts it: a file path, an already-normalised policy, or plain policy data. */
export type PolicySource = string | ContinuityPolicy | object;

/** The loaded policy and its findings (warnings only: an error stops construction). */
export interface LoadedPolicy {
  policy: ContinuityPolicy;
  findings: Finding[];
  /** The file the policy came from, when it was given as a path. */
  file: string | null;
}

/**
 * Loads and validates a policy with every rule `relais validate` runs. An invalid policy is a construction
 * error listing its error findings. A file that cannot be read is a `PolicyFileError` (also an input error).
 */
export function loadPolicy(component: string, source: PolicySource, today?: string): LoadedPolicy {
  const file = typeof source === "string" ? source : null;
  let policy: ContinuityPolicy | null;
  let findings: Finding[];
  if (isNormalised(source)) {
    policy = source;
    findings = sortFindings(runRules(validationRules, { policy, today }));
  } else {
    const text = typeof source === "string" ? readPolicyFile(source) : source;
    const result = validatePolicy(text, { today, rules: validationRules });
    policy = result.policy;
    findings = result.findings;
  }
  const errors = findings.filter((finding) => finding.severity === "error");
  if (policy === null || errors.length > 0) {
    const where = file === null ? "the policy" : `the policy ${file}`;
    // Positions are data apart from the path: name them, so a YAML syntax error (at `(root)`) still says where it is.
    const at = (finding: Finding) =>
      finding.line === undefined ? "" : ` at line ${finding.line}, column ${finding.column}`;
    const list = errors
      .map((finding) => `  - ${finding.path}${at(finding)}: ${finding.message} (${finding.code})`)
      .join("\n");
    throw new ComponentError(
      component,
      `${where} is invalid (${errors.length} ${errors.length === 1 ? "error" : "errors"}):\n${list}`,
      `fix the findings above; \`relais validate ${file ?? "continuity.yaml"}\` shows them with hints`,
    );
  }
  return { policy, findings, file };
}

/**
 * A normalised policy has numeric durations (seconds); policy data as written has strings. The tier `rto` is
 * required, so looking at the first tier is enough.
 */
function isNormalised(source: PolicySource): source is ContinuityPolicy {
  if (typeof source !== "object" || source === null) return false;
  const tiers = (source as { tiers?: unknown }).tiers;
  if (typeof tiers !== "object" || tiers === null) return false;
  const first = Object.values(tiers)[0] as { rto?: unknown } | undefined;
  return typeof first?.rto === "number";
}

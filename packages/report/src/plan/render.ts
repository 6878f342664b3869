import type { AcceptedRisk, ContinuityPolicy, Finding } from "@relais/policy";
import { buildPlan } from "./build";
import { renderHtml } from "./html";
import { collectPlanInputs } from "./inputs";
import { renderMarkdown } from "./markdown";

export type PlanFormat = "md" | "html";

export interface PlanOptions {
  format: PlanFormat;
  /** `YYYY-MM-DD`: the date the plan describes. */
  today: string;
  /** Where the plan comes from, for the cover (a file or program directory). */
  source: string;
  /** Findings from loading the subject, such as a program's drift: listed with the open findings. */
  extraFindings?: readonly Finding[];
  /** A program's acknowledged risks (its manifest's `acceptedRisks`): shown in their own section. */
  acceptedRisks?: readonly AcceptedRisk[];
}

/** The plan document of a policy, rendered. The same policy and options always give the same text. */
export async function renderPlan(policy: ContinuityPolicy, options: PlanOptions): Promise<string> {
  const document = buildPlan(collectPlanInputs(policy, options));
  return options.format === "html" ? renderHtml(document) : renderMarkdown(document);
}

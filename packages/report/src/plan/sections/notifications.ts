import type { ContinuityPolicy } from "@relais/policy";
import { callout, facts, paragraph } from "../blocks";
import type { Block } from "../model";

/** NIS2 Art. 23 deadlines (Directive (EU) 2022/2555). */
const NIS2 =
  "Significant incidents are notified under NIS2 (Directive (EU) 2022/2555) Article 23: an early warning within 24 hours of becoming aware of the incident, an incident notification within 72 hours, and a final report within one month of the notification.";

/** DORA Art. 19 deadlines, as fixed by Delegated Regulation (EU) 2025/301. */
const DORA =
  "Major ICT-related incidents are reported under DORA (Regulation (EU) 2022/2554) Article 19, with the time limits of Commission Delegated Regulation (EU) 2025/301: an initial notification within 4 hours of classifying the incident as major and no later than 24 hours after detecting it, an intermediate report within 72 hours of the initial notification, and a final report within one month of the latest intermediate report.";

/** The notification duties of the regimes the policy answers to, and whom to notify. */
export function notificationBlocks(policy: ContinuityPolicy): Block[] {
  const regimes = new Set(policy.regulation?.regimes ?? []);
  const recipients = facts([
    ["Competent authority", policy.regulation?.authority ?? "not declared (regulation.authority)"],
    ["CSIRT", policy.regulation?.csirt ?? "not declared (regulation.csirt)"],
  ]);
  if (regimes.has("dora") && regimes.has("nis2")) {
    return [
      paragraph(DORA),
      paragraph(
        `${NIS2} For a financial entity, DORA's reporting replaces it for the same incident: report under Article 19, and under NIS2 Article 23 only what DORA does not cover.`,
      ),
      recipients,
    ];
  }
  if (regimes.has("dora")) return [paragraph(DORA), recipients];
  if (regimes.has("nis2")) return [paragraph(NIS2), recipients];
  return [
    callout(
      "warn",
      "Notification deadlines unknown",
      "The policy declares no regime (regulation.regimes), so this plan cannot say which incident-reporting deadlines apply: NIS2 Article 23 and DORA Article 19 differ. Declare the regime the entity answers to.",
    ),
  ];
}

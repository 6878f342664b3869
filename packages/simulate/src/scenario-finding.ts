import { type FindingCodeFrom, severityOf } from "@relais/policy";
import type { ScenarioFinding } from "./types";

/** A scenario finding with the severity the registry gives its code. */
export function scenarioFinding(code: FindingCodeFrom<"scenario">, message: string): ScenarioFinding {
  return { code, severity: severityOf(code), message };
}

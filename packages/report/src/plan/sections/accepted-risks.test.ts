import { parsedFullPolicy } from "../../testing/fixtures";
import { buildPlan } from "../build";
import { collectPlanInputs } from "../inputs";
import { renderMarkdown } from "../markdown";

const today = "2026-11-28";
const risk = {
  site: "osc-a",
  capability: "imdsv2",
  reason: "FCU has no token-protected metadata; no secret in user data",
};

function markdown(acceptedRisks?: Array<typeof risk>): string {
  const inputs = collectPlanInputs(parsedFullPolicy(), {
    today,
    source: "./infra",
    ...(acceptedRisks ? { acceptedRisks } : {}),
  });
  return renderMarkdown(buildPlan(inputs));
}

test("a plan built from a program lists its acknowledged risks with site, capability and reason", () => {
  const text = markdown([risk]);
  expect(text).toContain("Acknowledged risks");
  expect(text).toContain("| `osc-a` | `imdsv2` | FCU has no token-protected metadata; no secret in user data |");
});

test("a program that acknowledged nothing says so; a plan built from a policy file has no such section", () => {
  expect(markdown([])).toContain("No risk acknowledged");
  expect(markdown()).not.toContain("Acknowledged risks");
});

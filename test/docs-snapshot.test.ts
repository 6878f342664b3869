import { validatePolicy } from "@relais/policy";
import { renderPlan } from "@relais/report";
import { validationRules } from "@relais/simulate";
import { examplePolicyText } from "@relais/test-support";

/** The plan of the bundled example as `relais docs examples/policies/acme-payments.yaml --today 2026-11-28` writes it. */
async function examplePlan(format: "md" | "html"): Promise<string> {
  const result = validatePolicy(examplePolicyText(), { today: "2026-11-28", rules: validationRules });
  if (!result.valid || !result.policy) {
    throw new Error(
      `the example policy is invalid: ${JSON.stringify(result.findings.filter((f) => f.severity === "error"))}`,
    );
  }
  return renderPlan(result.policy, {
    format,
    today: "2026-11-28",
    source: "examples/policies/acme-payments.yaml",
    extraFindings: result.findings,
  });
}

describe("plan document of the example policy", () => {
  it("in Markdown", async () => {
    expect(await examplePlan("md")).toMatchSnapshot();
  });

  it("in HTML", async () => {
    expect(await examplePlan("html")).toMatchSnapshot();
  });
});

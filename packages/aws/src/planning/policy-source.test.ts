import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PolicyFileError, validatePolicy } from "@relais/policy";
import { validationRules } from "@relais/simulate";
import { parseValid } from "@relais/test-support";
import { stringify } from "yaml";
import { ComponentError } from "../errors";
import { componentPolicy } from "../testing/fixtures";
import { loadPolicy } from "./policy-source";

const C = 'ContinuityPlan "p"';

test("loads a policy file, policy data, or an already-normalised policy", () => {
  const dir = mkdtempSync(join(tmpdir(), "relais-aws-"));
  const file = join(dir, "continuity.yaml");
  writeFileSync(file, stringify(componentPolicy()));
  const fromFile = loadPolicy(C, file);
  expect(fromFile.policy.metadata.name).toBe("fixture");
  expect(fromFile.file).toBe(file);
  expect(loadPolicy(C, componentPolicy()).policy.services.api.traffic.healthCheck.interval).toBe(10);
  const normalised = parseValid(componentPolicy());
  expect(loadPolicy(C, normalised).policy).toBe(normalised);
});

test("an invalid policy is a construction error listing its error findings", () => {
  const policy = componentPolicy();
  policy.services.api.sites = ["aws-paris", "nowhere"];
  policy.services.api.tier = "gold";
  let error: unknown;
  try {
    loadPolicy(C, policy);
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(ComponentError);
  // The rule wording belongs to @relais/policy: the list is built from its findings, in their order.
  const findings = validatePolicy(policy, { rules: validationRules }).findings.filter((f) => f.severity === "error");
  expect(findings.map((finding) => finding.path)).toEqual(["services.api.sites[1]", "services.api.tier"]);
  expect((error as Error).message).toBe(
    [
      `${C}: the policy is invalid (2 errors):`,
      ...findings.map((finding) => `  - ${finding.path}: ${finding.message} (unknown-reference)`),
    ].join("\n"),
  );
  expect((error as ComponentError).hint).toContain("relais validate");
});

test("a missing file is a PolicyFileError", () => {
  expect(() => loadPolicy(C, "/nonexistent/continuity.yaml")).toThrow(PolicyFileError);
});

test("a YAML syntax error says where it is", () => {
  const file = join(mkdtempSync(join(tmpdir(), "relais-syntax-")), "continuity.yaml");
  writeFileSync(file, "apiVersion: relais/v1\nkind: [ContinuityPolicy\n");
  expect(() => loadPolicy(C, file)).toThrow(
    "  - (root) at line 3, column 1: unexpected end of the stream within a flow collection (syntax)",
  );
});

test("a schema error names the path", () => {
  const policy = componentPolicy();
  policy.services.api.capacity.required = 0;
  expect(() => loadPolicy(C, policy)).toThrow(/services\.api\.capacity\.required: .*\(schema\)/);
});

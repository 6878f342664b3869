import { readFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "@relais/test-support";
import { capabilityTableMarkdown, hasCapability, PROVIDER_CAPABILITIES, requireCapability } from "./capabilities";

test("Outscale has no Auto Scaling, Route 53 or AWS Backup; AWS and the sovereign cloud have all", () => {
  for (const capability of ["autoscaling", "route53", "backup", "s3Replication", "sns", "cloudwatch"] as const) {
    expect(hasCapability("outscale", capability)).toBe(false);
    expect(hasCapability("aws", capability)).toBe(true);
    expect(hasCapability("aws-eusc", capability)).toBe(true);
  }
  expect(hasCapability("outscale", "elb")).toBe(true);
  expect(hasCapability("outscale", "compute")).toBe(true);
});

test("on-premises, colocation and office sites offer nothing", () => {
  expect(PROVIDER_CAPABILITIES["on-premises"]).toEqual([]);
  expect(PROVIDER_CAPABILITIES.colocation).toEqual([]);
  expect(PROVIDER_CAPABILITIES.office).toEqual([]);
});

test("asking a site for a capability it lacks names the site and the capability", () => {
  const request = {
    component: 'FailoverService "api"',
    site: "gov-a",
    provider: "outscale" as const,
    capability: "route53" as const,
    purpose: "for the health checks and records of api",
    hint: "use another site",
  };
  expect(() => requireCapability(request)).toThrow(
    'FailoverService "api": site gov-a (outscale) has no route53 capability (Route 53 health checks and records), needed for the health checks and records of api.',
  );
  expect(() => requireCapability({ ...request, provider: "aws" })).not.toThrow();
});

/** Table rows without cell padding, so the formatter's alignment does not matter. */
function normaliseTables(markdown: string): string {
  return markdown
    .split("\n")
    .map((line) =>
      line.startsWith("|")
        ? line
            .split("|")
            .map((cell) => cell.trim().replace(/^-+$/, "---"))
            .join("|")
        : line,
    )
    .join("\n");
}

test("docs/components.md carries the capability table generated from the code", () => {
  const docs = readFileSync(join(REPO_ROOT, "docs", "components.md"), "utf8");
  expect(normaliseTables(docs)).toContain(normaliseTables(capabilityTableMarkdown()));
});

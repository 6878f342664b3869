import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FINDING_CODES, generatedFiles, policyRules } from "@relais/policy";
import { validationRules } from "@relais/simulate";
import { REPO_ROOT } from "@relais/test-support";

describe("generated files", () => {
  const files = generatedFiles(validationRules);

  it.each(Object.keys(files))("%s is up to date with the code (run `pnpm docs:generate` if not)", (path) => {
    let committed: string | undefined;
    try {
      committed = readFileSync(join(REPO_ROOT, path), "utf8");
    } catch {
      committed = undefined;
    }
    if (committed !== files[path]) {
      throw new Error(
        `${path} is stale: it no longer matches the code. Run \`pnpm docs:generate\` and commit the result.`,
      );
    }
  });

  it("documents every rule relais validate runs", () => {
    const rules = files["docs/rules.md"];
    for (const rule of validationRules) expect(rules).toContain(`### \`${rule.code}\``);
    expect(validationRules.slice(0, policyRules.length)).toEqual(policyRules);
  });

  it("lists every code of the registry in a table of docs/rules.md, with its severity", () => {
    const rows = files["docs/rules.md"].split("\n").filter((line) => line.startsWith("| "));
    for (const [code, { severity }] of Object.entries(FINDING_CODES)) {
      const row = rows.find((line) => line.startsWith(`| \`${code}\` |`) || line.startsWith(`| [\`${code}\`]`));
      expect(row).toContain(severity === "per-rule" ? "| error or warning |" : `| ${severity} |`);
    }
  });

  it("documents every top-level section of the format", () => {
    const format = files["docs/policy-format.md"];
    for (const section of [
      "metadata",
      "tiers.&lt;id&gt;",
      "sites.&lt;id&gt;",
      "services.&lt;id&gt;",
      "scenarios[]",
      "exercises[]",
    ]) {
      expect(format).toContain(`## \`${section}\``);
    }
    expect(format).toContain('| `traffic.healthCheck.interval` | duration | no | `"30s"` |');
  });

  it("ships a JSON Schema that describes the format", () => {
    const schema = JSON.parse(files["packages/policy/schema.json"]);
    expect(schema.title).toBe("Relais continuity policy (relais/v1)");
    expect(schema.required).toEqual(
      expect.arrayContaining(["apiVersion", "kind", "metadata", "tiers", "sites", "services"]),
    );
  });
});

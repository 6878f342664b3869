import { readFileSync } from "node:fs";
import { join } from "node:path";
import { packRules } from "./rules";
import { rulesMarkdown } from "./rules-markdown";

describe("RULES.md", () => {
  it("is up to date with the rules' code (run `pnpm docs:generate` if not)", () => {
    const committed = readFileSync(join(__dirname, "..", "RULES.md"), "utf8");
    if (committed !== rulesMarkdown()) {
      throw new Error("packages/policy-pack/RULES.md is stale: run `pnpm docs:generate` and commit the result.");
    }
  });

  it("lists every rule with its enforcement level, and rule names are unique", () => {
    const markdown = rulesMarkdown();
    for (const rule of packRules) {
      expect(markdown).toMatch(new RegExp(`\\| \`${rule.name}\` +\\| ${rule.enforcementLevel} +\\|`));
    }
    expect(new Set(packRules.map((rule) => rule.name)).size).toBe(packRules.length);
  });
});

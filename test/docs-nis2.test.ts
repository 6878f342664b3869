import { validatePolicy } from "@relais/policy";
import { NIS2_ELEMENTS, renderPlan } from "@relais/report";
import { validationRules } from "@relais/simulate";
import { examplePolicyText } from "@relais/test-support";

const TODAY = "2026-11-28";

async function plan(format: "md" | "html"): Promise<string> {
  const result = validatePolicy(examplePolicyText(), { today: TODAY, rules: validationRules });
  if (!result.policy) throw new Error("the example policy does not parse");
  return renderPlan(result.policy, { format, today: TODAY, source: "acme-payments.yaml" });
}

describe("NIS2 Annex 4.1.2 elements (a)–(i) in the plan of the example", () => {
  it("Markdown: each element has a row in the mapping table, and each linked section exists", async () => {
    const markdown = await plan("md");
    const headings = new Set(
      markdown
        .split("\n")
        .filter((line) => /^#{2,3} /.test(line))
        .map((line) =>
          line
            .replace(/^#+ /, "")
            .toLowerCase()
            .replace(/[^\p{L}\p{N} _-]/gu, "")
            .replace(/ /g, "-"),
        ),
    );
    for (const element of NIS2_ELEMENTS) {
      const row = markdown.split("\n").find((line) => line.startsWith(`| (${element.id}) | ${element.title}`));
      expect(row).toBeDefined();
      const anchors = [...(row ?? "").matchAll(/\]\(#([^)]+)\)/g)].map((match) => match[1]);
      expect(anchors.length).toBeGreaterThan(0);
      for (const anchor of anchors) expect(headings).toContain(anchor);
    }
  });

  it("HTML: each element is tagged on its sections and mapped to existing anchors", async () => {
    const html = await plan("html");
    const table = html.slice(html.indexOf('id="nis2"'), html.indexOf('id="bia"'));
    for (const element of NIS2_ELEMENTS) {
      const row = table.split("<tr>").find((candidate) => candidate.startsWith(`<td>(${element.id})</td>`));
      expect(row).toContain(element.title);
      const anchors = [...(row ?? "").matchAll(/href="#([^"]+)"/g)].map((match) => match[1]);
      expect(anchors.length).toBeGreaterThan(0);
      for (const anchor of anchors) {
        expect(html).toContain(`<section class="major" id="${anchor}">`);
        const section = html.slice(html.indexOf(`<section class="major" id="${anchor}">`));
        expect(section.slice(0, section.indexOf("</h2>") + 400)).toContain(`NIS2 (${element.id})`);
      }
    }
  });
});

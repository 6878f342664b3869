import { validatePolicy } from "@relais/policy";
import { activeElements, elementLabel, REGIME_ELEMENTS, renderPlan } from "@relais/report";
import { validationRules } from "@relais/simulate";
import { examplePolicyText } from "@relais/test-support";
import { parse, stringify } from "yaml";

const TODAY = "2026-11-28";

async function plan(format: "md" | "html", regimes?: string[]): Promise<string> {
  const input = parse(examplePolicyText());
  if (regimes) input.regulation.regimes = regimes;
  const result = validatePolicy(stringify(input), { today: TODAY, rules: validationRules });
  if (!result.policy) throw new Error("the example policy does not parse");
  return renderPlan(result.policy, { format, today: TODAY, source: "acme-payments.yaml" });
}

describe("the traceability table of the example's plan", () => {
  it("Markdown: each element of the example's regime (DORA) has a row whose links reach existing headings", async () => {
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
    const dora = REGIME_ELEMENTS.filter((element) => element.regime === "dora");
    for (const element of dora) {
      const row = markdown.split("\n").find((line) => line.startsWith(`| ${element.citation} | `));
      expect(row).toBeDefined();
      const anchors = [...(row ?? "").matchAll(/\]\(#([^)]+)\)/g)].map((match) => match[1]);
      expect(anchors.length).toBeGreaterThan(0);
      for (const anchor of anchors) expect(headings).toContain(anchor);
    }
    expect(markdown).not.toContain("Annex 4.1.2");
    expect(markdown).toContain("*Covers: DORA Art. 28(8); DORA Art. 29*");
  });

  it("HTML: with both regimes, each element is tagged on the sections its row links to", async () => {
    const html = await plan("html", ["nis2", "dora"]);
    const table = html.slice(html.indexOf('id="traceability"'), html.indexOf('id="bia"'));
    for (const element of REGIME_ELEMENTS) {
      const row = table.split("<tr>").find((candidate) => candidate.startsWith(`<td>${element.citation}</td>`));
      expect(row).toContain(element.requirement);
      const anchors = [...(row ?? "").matchAll(/href="#([^"]+)"/g)].map((match) => match[1]);
      expect(anchors.length).toBeGreaterThan(0);
      for (const anchor of anchors) {
        const section = html.slice(html.indexOf(`<section class="major" id="${anchor}">`));
        expect(section.slice(0, section.indexOf("</p>"))).toContain(elementLabel(element));
      }
    }
  });

  it("writes the published NIS2 wording of Annex 4.1.2 (h) and no ninth element", async () => {
    const markdown = await plan("md", ["nis2"]);
    expect(markdown).toContain("| Annex 4.1.2 (h) | Restoring and resuming activities from temporary measures |");
    expect(markdown).not.toContain("4.1.2 (i)");
    const result = validatePolicy(examplePolicyText(), { today: TODAY });
    expect(activeElements(result.policy!).map((element) => element.citation)).toEqual([
      "Art. 11",
      "Art. 12",
      "Art. 28(8)",
      "Art. 29",
    ]);
  });
});

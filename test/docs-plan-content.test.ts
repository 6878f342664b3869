import { type ContinuityPolicy, formatDuration, validatePolicy } from "@relais/policy";
import { renderPlan } from "@relais/report";
import { runPreview, validationRules } from "@relais/simulate";
import { examplePolicyText } from "@relais/test-support";

/**
 * The plan document of the bundled example (`relais docs examples/policies/acme-payments.yaml --today 2026-11-28`),
 * in Markdown and HTML: what a reader of the plan relies on finding in it.
 */
const TODAY = "2026-11-28";
const SOURCE = "examples/policies/acme-payments.yaml";

function policyOf(text: string): ContinuityPolicy {
  const result = validatePolicy(text, { today: TODAY, rules: validationRules });
  if (!result.valid || !result.policy) {
    throw new Error(`the policy is invalid: ${JSON.stringify(result.findings.filter((f) => f.severity === "error"))}`);
  }
  return result.policy;
}

function plan(format: "md" | "html", text = examplePolicyText()): Promise<string> {
  const check = validatePolicy(text, { today: TODAY, rules: validationRules });
  return renderPlan(policyOf(text), { format, today: TODAY, source: SOURCE, extraFindings: check.findings });
}

const SECTIONS = [
  "Purpose, scope and audience",
  "Regulatory traceability",
  "Business impact analysis",
  "Order of recovery",
  "Sites and sovereignty",
  "Topology",
  "Resources, redundancy and backups",
  "Dependencies",
  "Scenario matrix",
  "Runbooks",
  "Crisis cell, roles and contacts",
  "Activation and deactivation",
  "Stages of the graduated response",
  "People continuity",
  "Suppliers",
  "Commitments",
  "Reporting and return to normal operations",
  "Interfaces with incident handling",
  "Exercises",
  "Open validation findings",
  "Review and approval",
];

let md: string;
let html: string;
beforeAll(async () => {
  [md, html] = await Promise.all([plan("md"), plan("html")]);
});

describe("the plan's sections", () => {
  it("come in order, numbered, in the Markdown contents and headings", () => {
    const headings = [...md.matchAll(/^## (\d+)\. (.+)$/gm)].map((match) => [Number(match[1]), match[2]]);
    expect(headings).toEqual(SECTIONS.map((title, index) => [index + 1, title]));
    const contents = [...md.matchAll(/^(\d+)\. \[([^\]]+)\]\(#[a-z0-9-]+\)$/gm)].map((match) => match[2]);
    expect(contents).toEqual(SECTIONS);
    expect(md.startsWith("# Business continuity plan: acme-payments\n")).toBe(true);
  });

  it("come in the same order in the HTML, each heading numbered", () => {
    const headings = [...html.matchAll(/<h2><span class="num">(\d+)<\/span>([^<]+)<\/h2>/g)].map((match) => [
      Number(match[1]),
      match[2],
    ]);
    expect(headings).toEqual(SECTIONS.map((title, index) => [index + 1, title]));
    expect(html).toContain("<title>Business continuity plan: acme-payments</title>");
  });
});

describe("the plan's figures", () => {
  it("sums up the example in its key figures", () => {
    expect(md).toContain(
      "**Key figures:** 6 services · 6 sites · 6 suppliers · 13 scenarios simulated · 🔴 11 service outcomes not recovered · 🔴 5 commitment breaches",
    );
  });

  it("gives each tier's and each service's RTO, RPO and MTPD", () => {
    expect(md).toContain(
      "| `critical` | Payment authorisation and the ledger; merchants lose sales within minutes | 15m | 1m | 4h | 2 | zone | active-active, warm-standby |",
    );
    expect(md).toContain(
      "| `payments-api` | Card payment authorisation | `critical` | payments-team | restricted | 15m | 1m | 4h | `merchant-sla` |",
    );
    expect(html).toContain(
      '<tr><td><code>payments-api</code></td><td>Card payment authorisation</td><td><code>critical</code></td><td>payments-team</td><td>restricted</td><td class="num">15m</td><td class="num">1m</td><td class="num">4h</td><td><code>merchant-sla</code></td></tr>',
    );
  });

  it("shows the estimated recovery time of each service in each scenario of the matrix", () => {
    expect(md).toContain("| `gov-zone-a-loss` | 🟢 5m30s | 🟢 20s | — | 🟢 20s | — | — |");
    expect(md).toContain("| `gov-region-loss` | 🔴 down | 🔴 down | — | 🔴 down | — | 🟡 degraded |");
    expect(md).toContain("| `card-network-exit` | 🟡 4h | — | — | — | — | — |");
    expect(html).toContain(
      '<tr><td><code>gov-zone-a-loss</code></td><td class="tone-ok">5m30s</td><td class="tone-ok">20s</td><td class="tone-muted">—</td><td class="tone-ok">20s</td><td class="tone-muted">—</td><td class="tone-muted">—</td></tr>',
    );
  });

  it("gives, in each runbook, every recovered service's RTO and RPO as the simulation estimates them", () => {
    const policy = policyOf(examplePolicyText());
    const preview = runPreview(policy, policy.scenarios ?? []);
    let rows = 0;
    for (const scenario of preview.scenarios) {
      const runbook = md.split(`### Runbook: ${scenario.id}\n`)[1]?.split("\n### ")[0] ?? "";
      expect(runbook).not.toBe("");
      for (const service of scenario.services.filter((candidate) => candidate.status === "recovered")) {
        const rto = `${formatDuration(service.rto.estimate as number)} / ${formatDuration(service.rto.target)}`;
        const rpo = `${formatDuration(service.rpo.estimate as number)} / ${formatDuration(service.rpo.target)}`;
        const failover = service.failoverSite ? `\`${service.failoverSite}\`` : "—";
        expect(runbook).toContain(`| \`${service.id}\` | 🟢 recovered | ${failover} | ${rto} | ${rpo} |`);
        rows += 1;
      }
    }
    expect(rows).toBeGreaterThanOrEqual(3);
    expect(md).toContain("| `payments-api` | 🟢 recovered | `gov-b` | 5m30s / 15m | 30s / 1m |");
    expect(md).toContain("| `ledger-db` | 🔴 down | — | down / 15m | — / 1m |");
  });
});

describe("the runbooks", () => {
  it("list the timed steps with their owners, in both formats", () => {
    const zoneLoss = md.split("### Runbook: gov-zone-a-loss\n")[1]?.split("\n### ")[0] ?? "";
    const steps = [...zoneLoss.matchAll(/^\| (T\+[0-9hms]+) \| (.+) \| (.+) \|$/gm)].map((match) => match.slice(1));
    expect(steps[0]).toEqual([
      "T+0s",
      "Zone loss (cloudgouv-eu-west-1a): gov-a (causes: power)",
      "crisis-director (Jane Doe)",
    ]);
    expect(steps).toContainEqual([
      "T+30s",
      "payments-api: dns-failover fails over to gov-b automatically",
      "payments-team",
    ]);
    expect(steps.at(-1)).toEqual(["T+5m30s", "payments-api: scaled up to 8 units at gov-b", "payments-team"]);
    expect(html).toContain(
      '<tr><td class="num">T+5m30s</td><td>payments-api: scaled up to 8 units at gov-b</td><td>payments-team</td></tr>',
    );
  });

  it("say who tells which customer that a commitment is breached", () => {
    expect(md).toContain(
      "| T+30m | Tell Merchants that commitment merchant-sla is breached (maxOutage reached, 30m after the event): payments-api is out for 4h, above maxOutage 30m | communications (Ana Lima) |",
    );
  });
});

describe("the regulatory traceability table", () => {
  it("has one row per DORA element, with the sections that cover it and its status", () => {
    const rows = [...md.matchAll(/^\| (Art\. [0-9()]+) \| (.+?) \| (.+?) \| (.+?) \| (.+?) \|$/gm)].map((match) => [
      match[1],
      match[5],
    ]);
    expect(rows).toEqual([
      ["Art. 11", "🟢 filled"],
      ["Art. 12", "🟢 filled"],
      ["Art. 28(8)", "🟢 filled"],
      ["Art. 29", "🟢 filled"],
    ]);
    expect(md).toContain(
      "| Art. 12 | Backup policies, restoration and recovery procedures, a secondary site | [5. Sites and sovereignty](#5-sites-and-sovereignty); [7. Resources, redundancy and backups](#7-resources-redundancy-and-backups) |",
    );
    expect(html).toContain(
      '<tr><td>Art. 29</td><td>Preliminary assessment of ICT concentration risk</td><td><a href="#suppliers">15. Suppliers</a></td>',
    );
  });
});

describe("text from the policy", () => {
  const hostile = 'Card <script>alert("x")</script> auth | fees & *fast*';
  const text = () =>
    examplePolicyText().replace("description: Card payment authorisation", `description: '${hostile}'`);

  it("is escaped: no raw HTML in either format, no broken Markdown table", async () => {
    expect(text()).not.toBe(examplePolicyText());
    const [markdown, page] = await Promise.all([plan("md", text()), plan("html", text())]);
    expect(markdown).not.toContain("<script>");
    expect(markdown).toContain(
      '| `payments-api` | Card &lt;script&gt;alert("x")&lt;/script&gt; auth \\| fees &amp; \\*fast\\* | `critical` |',
    );
    expect(page).not.toContain("<script>alert");
    expect(page).toContain("<td>Card &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; auth | fees &amp; *fast*</td>");
  });
});

describe("the plan document", () => {
  it("is byte-identical from one render to the next", async () => {
    const [mdAgain, htmlAgain] = await Promise.all([plan("md"), plan("html")]);
    expect(mdAgain).toBe(md);
    expect(htmlAgain).toBe(html);
  });
});

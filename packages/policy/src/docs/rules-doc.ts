import type { Rule } from "../rules/rule";

const INTRO = `# Rules

<!-- Generated from the rule registries (policyRules of @relais/policy, validationRules of @relais/simulate) by
\`pnpm docs:generate\`; do not edit by hand. -->

\`relais validate\` reads a policy, checks its YAML syntax and its structure, then runs every rule below. Each finding
has a stable \`code\`, a \`severity\`, a \`path\` (such as \`services.payments-api.sites[1]\`), a \`message\` naming the
things involved and a \`hint\` saying how to fix it; findings are sorted by path. A policy with no error is valid:
warnings do not fail it. Exit codes: 0 valid, 1 errors found, 2 usage error or unreadable file.

Before the rules, two kinds of findings stop the check:

| code | severity | what |
|---|---|---|
| \`syntax\` | error | the YAML cannot be read: a syntax error (path \`line L, column C\`), a key that appears twice in one mapping, aliases copying more than 1 MiB of text (a "billion laughs" bomb, or a long text copied many times), nesting deeper than 64 levels, an explicit \`?\` key, more than one document |
| \`schema\` | error | structure, types and unknown keys (with a "did you mean" for a near-miss), bare-number durations, bad percentages and dates |

A file that cannot be read at all (missing, a directory, binary, larger than 4 MiB) is not a finding: \`relais
validate\` prints why and exits 2.

Rules never fail on a policy that passed the schema: a dangling reference is reported once by \`unknown-reference\`,
and the other rules skip it. The date rules (\`exercise-overdue\`, \`review-overdue\`) compare with "today": the system
date, or \`--today YYYY-MM-DD\`.

## Decisions where the design is silent

- \`unknown-reference\` also covers scenarios that take out nothing: a \`zone-loss\` zone that no site declares, a
  \`region-loss\` provider+region where no site is, a \`provider-loss\` provider no site uses. They are errors like any
  other dangling name: such a scenario is almost always a typo, and a preview of it would show nothing.
- \`dependency-cycle\` counts soft dependencies too (services recover in dependency order, and soft dependencies
  carry "degraded" along); each loop group is reported once, at its first service in policy order, with its shortest
  loop, and the other services caught in the group are named.
- \`duplicate-id\` also reports a name repeated in one list (a service's sites, dependsOn, commitments; a supplier's
  alternates; crisis-cell roles) and a supplier that names itself as an alternate.
- At zone separation, a site without a zone shares the failure domain of every site in its region (it may be in any
  of its zones).
- "The strictest tier" (\`concentration-risk\`, \`tier-not-exercised\`) is the tier with the smallest \`rto\` among the
  tiers that services use; tiers that tie are all strictest. \`tier-not-exercised\` reports each uncovered primary
  site once, listing its services. Exercises count whether or not they are overdue.
- An exercise without \`lastRun\` has never run: \`exercise-overdue\` reports it. A review cadence without
  \`reviewedOn\` is reported by \`review-overdue\`.
- Without \`people.remoteWork\`, the remote-work capacity and proven duration are taken as zero:
  \`remote-capacity-insufficient\` reports offices with staff (when \`people\` is declared) and
  \`remote-duration-unproven\` reports scenarios with a \`duration\` that take out an office. A scenario without a
  \`duration\` is not compared.
- \`single-site\` is not reported when \`tier-min-sites\` already is. \`supplier-rto-exceeds-service-rto\` also warns
  when a hard supplier commits to no \`recovery.rto\`: unknown is not fine.
- \`site-kind\` also refuses \`staff\` on a site that is not an office, which would otherwise be ignored.
- Zone names in a \`zone-loss\` scenario are not qualified by provider: \`eu-west-2a\` names the zone of every site
  that declares it, on Outscale (Paris) and AWS (London) alike.
`;

/** `docs/rules.md`: a summary table, then every rule with its severity, what, why and how to fix. */
export function renderRulesDoc(rules: readonly Rule[]): string {
  const summary = [
    "## Summary",
    "",
    "| code | severity | rule |",
    "|---|---|---|",
    ...rules.map((rule) => `| [\`${rule.code}\`](#${rule.code}) | ${rule.severity} | ${escapeCell(rule.summary)} |`),
  ];
  const details = rules.map((rule) =>
    [
      `### \`${rule.code}\``,
      "",
      `**Severity:** ${rule.severity}`,
      "",
      `**What:** ${rule.summary}.`,
      "",
      `**Why:** ${rule.why}`,
      "",
      `**How to fix:** ${rule.fix}.`,
    ].join("\n"),
  );
  return `${[INTRO, summary.join("\n"), "", "## The rules", "", details.join("\n\n")].join("\n").trimEnd()}\n`;
}

function escapeCell(cell: string): string {
  return cell.replace(/\|/g, "\\|");
}

import { FINDING_CODES, type FindingCode, type FindingCodeInfo, type FindingSource } from "../finding-codes";
import type { Rule } from "../rules/rule";

const INTRO = `# Rules and finding codes

<!-- Generated from the registry of finding codes (FINDING_CODES of @relais/policy) and the rule registries
(policyRules of @relais/policy, validationRules of @relais/simulate) by \`pnpm docs:generate\`; do not edit by hand. -->

\`relais validate\` reads a policy, checks its YAML syntax and its structure, then runs every rule below; \`relais
preview\` runs the same checks, then simulates scenarios, whose findings are listed further down. A policy with no
error is valid: warnings do not fail it. Exit codes of \`relais validate\`: 0 valid, 1 errors found, 2 usage error or
unreadable file.

Every code below comes from one registry in \`@relais/policy\` (\`FINDING_CODES\`); in TypeScript a finding's \`code\`
is the closed union \`FindingCode\`, so a code outside these tables cannot be emitted.

## The shape of a finding

A finding is data. In the JSON of \`relais validate --format json\` (its \`findings\`), of \`relais preview --format
json\` (its top-level \`findings\` and, for a program, \`drift\`) it is an object with these fields:

| field | type | what |
|---|---|---|
| \`code\` | string | one of the codes below; stable, safe to match on |
| \`severity\` | \`"error"\` or \`"warning"\` | an error makes the policy invalid |
| \`path\` | string | where, as a data path into the policy: \`services.payments-api.sites[1]\` (for a missing key, the key's path), \`(root)\` when the finding is about the whole document (a YAML syntax error, a document that is not a mapping); a \`policy-pack\` finding's path is the URN of the resource it reports (\`(stack)\` for the stack itself). Never a text position |
| \`message\` | string | what is wrong, naming the things involved |
| \`hint\` | string | how to fix it |
| \`line\`, \`column\` | number, 1-based | where in the policy file: the node's position (for an unknown key, the key's; for a missing key, the mapping that lacks it; for a syntax error, where reading stopped). Present when the policy was read from text; absent for a policy given as data and for a program's findings |

Fields are printed in that order; \`line\` and \`column\` are left out, not \`null\`, when unknown. Findings are
sorted by path. The text output starts each finding with \`file:line:column\` (or the file alone without a position),
the form editors and CI annotations jump to, then the path, the message and the code in brackets; a hint follows on
the next line.

A scenario's findings (\`scenarios[].findings\` of \`relais preview --format json\`) are about the simulated event,
not about a place in the file: they carry \`code\`, \`severity\` and \`message\` only.

## Reading the policy

Before the rules, two kinds of findings stop the check:

FINDINGS_OF_parse

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

const SCENARIO_INTRO = `## Findings of a scenario

\`relais preview\` reports these in each scenario's \`findings\`, in the order of this table (\`site-overcommitted\` in
policy site order, \`mtpd-exceeded\` in policy service order). They do not change the exit code of the preview, which
is about services and commitments; how each is judged is in [preview.md](preview.md).`;

const PROGRAM_INTRO = `## Findings of a program preview

\`relais preview <program-dir>\` adds these to the policy's findings: \`drift\` in its \`drift\` list, \`policy-pack\` with
the policy findings (see [program-preview.md](program-preview.md) and [policy-pack.md](policy-pack.md)).`;

/**
 * `docs/rules.md`: the finding shape, the table of every code by where it comes from (from the registry of finding
 * codes), then every rule of `rules` with its severity, what, why and how to fix.
 */
export function renderRulesDoc(rules: readonly Rule[]): string {
  const summary = [
    "## Summary of the rules",
    "",
    "| code | severity | rule |",
    "|---|---|---|",
    ...rules.map(
      (rule) =>
        `| [\`${rule.code}\`](#${rule.code}) | ${FINDING_CODES[rule.code].severity} | ${escapeCell(FINDING_CODES[rule.code].summary)} |`,
    ),
  ];
  const details = rules.map((rule) =>
    [
      `### \`${rule.code}\``,
      "",
      `**Severity:** ${FINDING_CODES[rule.code].severity}`,
      "",
      `**What:** ${FINDING_CODES[rule.code].summary}.`,
      "",
      `**Why:** ${rule.why}`,
      "",
      `**How to fix:** ${rule.fix}.`,
    ].join("\n"),
  );
  return `${[
    INTRO.replace("FINDINGS_OF_parse", codeTable("parse")),
    summary.join("\n"),
    "",
    SCENARIO_INTRO,
    "",
    codeTable("scenario"),
    "",
    PROGRAM_INTRO,
    "",
    codeTable("program"),
    "",
    "## The rules",
    "",
    details.join("\n\n"),
  ]
    .join("\n")
    .trimEnd()}\n`;
}

/** The registry's codes that come from `source`, in registry order, as a Markdown table. */
function codeTable(source: FindingSource): string {
  const rows = Object.entries(FINDING_CODES as Record<FindingCode, FindingCodeInfo>)
    .filter(([, info]) => info.from.includes(source))
    .map(([code, info]) => `| \`${code}\` | ${severityText(info)} | ${escapeCell(info.summary)} |`);
  return ["| code | severity | when |", "|---|---|---|", ...rows].join("\n");
}

function severityText(info: FindingCodeInfo): string {
  return info.severity === "per-rule" ? "error or warning" : info.severity;
}

function escapeCell(cell: string): string {
  return cell.replace(/\|/g, "\\|");
}

import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import {
  type ContinuityPolicy,
  FINDING_CODES,
  type FindingCodeInfo,
  type FindingSource,
  validatePolicy,
} from "@relais/policy";
import { previewScenarios, scenarioMatrix, simulate, validationRules } from "@relais/simulate";
import { basePolicy, parseSchema, REPO_ROOT } from "@relais/test-support";

const REGISTRY = FINDING_CODES as Record<string, FindingCodeInfo>;

/** A finding as emitted, with where it came from. */
interface Emitted {
  code: string;
  severity: string;
  source: FindingSource;
  where: string;
}

/** The findings `relais validate` and `relais preview --all` give for a policy text (or data). */
function emittedBy(where: string, source: string | object): Emitted[] {
  const result = validatePolicy(source, { rules: validationRules, today: "2026-11-28" });
  const emitted: Emitted[] = result.findings.map(({ code, severity }) => ({
    code,
    severity,
    source: code === "syntax" || code === "schema" ? "parse" : "rule",
    where,
  }));
  if (result.policy) emitted.push(...scenarioFindings(where, result.policy));
  return emitted;
}

function scenarioFindings(where: string, policy: ContinuityPolicy, scenarios = scenarioMatrix(policy)): Emitted[] {
  return [...previewScenarios(policy, scenarios)].flatMap((scenario) =>
    scenario.findings.map(({ code, severity }) => ({ code, severity, source: "scenario" as const, where })),
  );
}

/** Every policy file of the examples and the test fixtures. */
function policyFiles(): string[] {
  const files: string[] = [];
  const walk = (directory: string) => {
    for (const name of readdirSync(directory)) {
      const path = join(directory, name);
      if (name === "node_modules" || name === "dist") continue;
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.ya?ml$/.test(name) && !name.startsWith("Pulumi.")) files.push(path);
    }
  };
  for (const root of ["examples", "test/fixtures", "packages/preview/src/testing/programs"])
    walk(join(REPO_ROOT, root));
  return files.filter((file) => /^\s*apiVersion:\s*relais\/v1/m.test(readFileSync(file, "utf8")));
}

/** A policy made to give every scenario finding: offices, people, a crowded site, a zoneless site, a long outage. */
function everyScenarioFinding(): Emitted[] {
  const input = basePolicy();
  input.sites["site-b"].capacity = 2;
  input.sites["site-c"] = { provider: "outscale", region: "eu-west-2", jurisdiction: "FR" };
  input.sites.hq = { provider: "office", jurisdiction: "FR", staff: 100 };
  input.people = { staff: 100, minimumStaffing: "60%", remoteWork: { capacity: "50%", sustainFor: "1d" } };
  input.crisisCell = { assembleWithin: "30m", roles: [{ role: "crisis-director", primary: "Jane Doe" }] };
  input.scenarios = [
    { id: "zone-a", kind: "zone-loss", zones: ["eu-west-2a"] },
    { id: "hq-closed", kind: "site-loss", sites: ["hq"], duration: "3d" },
    { id: "flu", kind: "staff-unavailability", absent: "50%" },
    { id: "region", kind: "region-loss", provider: "outscale", region: "eu-west-2" },
  ];
  const emitted = emittedBy("crafted policy", input);
  // A typo in a zone of an ad-hoc scenario (`relais preview` does not refuse one it was not given in the file).
  const typo = simulate(parseSchema(input), { id: "typo", kind: "zone-loss", zones: ["eu-west-9z"], causes: [] });
  emitted.push(
    ...typo.findings.map(({ code, severity }) => ({ code, severity, source: "scenario" as const, where: "typo" })),
  );
  delete input.people;
  emitted.push(...scenarioFindings("no people", parseSchema(input)));
  return emitted;
}

describe("the registry of finding codes", () => {
  const files = policyFiles();
  const emitted = [
    ...files.flatMap((file) => emittedBy(file, readFileSync(file, "utf8"))),
    ...emittedBy("syntax error", "apiVersion: relais/v1\nkind: [ContinuityPolicy\n"),
    ...emittedBy("schema error", "apiVersion: relais/v1\nkind: ContinuityPolicy\n"),
    ...everyScenarioFinding(),
  ];

  it("reads the examples and the fixtures", () => {
    expect(files.map((file) => file.slice(REPO_ROOT.length + 1))).toEqual(
      expect.arrayContaining([
        "examples/policies/acme-payments.yaml",
        "examples/hybrid-headquarters/continuity.yaml",
        "test/fixtures/check/other-policy.yaml",
      ]),
    );
  });

  it("holds every code emitted, with the source and severity it is emitted with", () => {
    const unregistered = emitted.filter(
      ({ code, severity, source }) =>
        !Object.hasOwn(REGISTRY, code) ||
        !REGISTRY[code].from.includes(source) ||
        (REGISTRY[code].severity !== "per-rule" && REGISTRY[code].severity !== severity),
    );
    expect(unregistered).toEqual([]);
  });

  it("lists exactly the rules relais validate runs", () => {
    const ruleCodes = Object.keys(REGISTRY).filter((code) => REGISTRY[code].from.includes("rule"));
    expect(ruleCodes.sort()).toEqual(validationRules.map((rule) => rule.code).sort());
  });

  it("lists exactly the codes scenarios give", () => {
    const scenarioCodes = Object.keys(REGISTRY).filter((code) => REGISTRY[code].from.includes("scenario"));
    const given = new Set(emitted.filter(({ source }) => source === "scenario").map(({ code }) => code));
    expect([...given].sort()).toEqual([...scenarioCodes].sort());
  });

  it("lists no code that the source never emits", () => {
    const sources = sourceFiles(join(REPO_ROOT, "packages"))
      .filter((file) => !file.endsWith("finding-codes.ts"))
      .map((file) => readFileSync(file, "utf8"))
      .join("\n");
    // Scenario and rule codes are checked above by what is emitted; this catches a parse or program code left behind.
    const unused = Object.keys(REGISTRY).filter((code) => !sources.includes(`"${code}"`));
    expect(unused).toEqual([]);
  });
});

/** The non-test TypeScript sources under `directory`. */
function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (name === "node_modules" || name === "dist" || name === "testing") return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith(".ts") && !name.endsWith(".test.ts") ? [path] : [];
  });
}

// Writes the files generated from the code: docs/policy-format.md (the schemas), docs/rules.md (the finding shape,
// the code tables of the registry of finding codes, FINDING_CODES of @relais/policy, and the rules' details),
// packages/policy/schema.json (the JSON Schema) and packages/policy-pack/RULES.md (the policy pack's rules). Runs on the built packages: `pnpm docs:generate` builds first.
// The content comes from `generatedFiles` of @relais/policy; test/generated-docs.test.ts fails when a copy is stale.
// It also regenerates the package table of docs/architecture.md from the package.json files (architecture-doc.cjs).
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const { generatedFiles, policyRules } = require(join(root, "packages/policy/dist/index.js"));

// `relais validate` runs validationRules: the policy rules plus the estimate rules of @relais/simulate.
let rules = policyRules;
try {
  rules = require(join(root, "packages/simulate/dist/index.js")).validationRules;
} catch (error) {
  if (error.code !== "MODULE_NOT_FOUND") throw error;
  process.stderr.write("warning: @relais/simulate is not built; docs/rules.md lists the policy rules only\n");
}

const { rulesMarkdown } = require(join(root, "packages/policy-pack/dist/index.js"));
const files = { ...generatedFiles(rules), "packages/policy-pack/RULES.md": rulesMarkdown() };
Object.assign(files, architectureFiles());

/** docs/architecture.md with its package table regenerated; the prose around the table is kept as written. */
function architectureFiles() {
  const { architectureDoc, DOC } = require("./architecture-doc.cjs");
  return { [DOC]: architectureDoc(root) };
}

for (const [path, content] of Object.entries(files)) {
  const file = join(root, path);
  let current;
  try {
    current = readFileSync(file, "utf8");
  } catch {
    current = undefined;
  }
  if (current === content) {
    process.stdout.write(`unchanged ${path}\n`);
    continue;
  }
  writeFileSync(file, content);
  process.stdout.write(`wrote ${path}\n`);
}

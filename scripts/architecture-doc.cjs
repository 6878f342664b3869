// The package table of docs/architecture.md, generated from the package.json files so that it cannot fall behind
// them: each package's `description` is its role, its workspace dependencies are the layers it builds on, and its
// runtime and peer dependencies are what it brings along. Only the lines between the markers are generated; the
// prose around them is written by hand. Used by scripts/generate-docs.mjs and by test/generated-docs.test.ts.
const { readdirSync, readFileSync } = require("node:fs");
const { join } = require("node:path");

const DOC = "docs/architecture.md";
const BEGIN = "<!-- generated: the package table, from packages/*/package.json (pnpm docs:generate) -->";
const END = "<!-- end of the generated package table -->";
const SCOPE = "@relais/";

/** The workspace's package.json files, by directory name. */
function readPackages(root) {
  const dir = join(root, "packages");
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => JSON.parse(readFileSync(join(dir, entry.name, "package.json"), "utf8")));
}

/**
 * Packages in layer order: a package comes after every workspace package it depends on (its layer is one more
 * than its highest dependency's), ties by name.
 */
function byLayer(packages) {
  const byName = new Map(packages.map((pkg) => [pkg.name, pkg]));
  const layers = new Map();
  const layerOf = (name, path) => {
    if (layers.has(name)) return layers.get(name);
    if (path.includes(name)) throw new Error(`workspace dependency cycle: ${[...path, name].join(" → ")}`);
    const below = workspaceDependencies(byName.get(name), byName).map((dep) => layerOf(dep, [...path, name]));
    const layer = below.length === 0 ? 0 : Math.max(...below) + 1;
    layers.set(name, layer);
    return layer;
  };
  return [...packages]
    .map((pkg) => ({ pkg, layer: layerOf(pkg.name, []) }))
    .sort((a, b) => a.layer - b.layer || a.pkg.name.localeCompare(b.pkg.name))
    .map(({ pkg }) => pkg);
}

function runtimeDependencies(pkg) {
  return [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];
}

function workspaceDependencies(pkg, byName) {
  return runtimeDependencies(pkg).filter((name) => byName.has(name));
}

function cell(text) {
  return text.replaceAll("|", "\\|");
}

/** The Markdown table: package, role, the workspace packages it depends on, its external dependencies. */
function packageTable(packages) {
  const ordered = byLayer(packages);
  const byName = new Map(ordered.map((pkg) => [pkg.name, pkg]));
  const rank = new Map(ordered.map((pkg, index) => [pkg.name, index]));
  const rows = ordered.map((pkg) => {
    const workspace = workspaceDependencies(pkg, byName)
      .sort((a, b) => rank.get(a) - rank.get(b))
      .map((name) => name.slice(SCOPE.length));
    const peers = new Set(Object.keys(pkg.peerDependencies ?? {}));
    const external = runtimeDependencies(pkg)
      .filter((name) => !byName.has(name))
      .sort()
      .map((name) => (peers.has(name) ? `${name} (peer)` : name));
    const role = pkg.description ?? "";
    if (role === "") throw new Error(`packages: ${pkg.name} has no description; add one to its package.json`);
    return [`\`${pkg.name}\``, cell(role), workspace.join(", ") || "—", external.join(", ") || "—"];
  });
  return aligned(["package", "role", "depends on (workspace)", "main external dependencies"], rows);
}

/** Columns padded to their widest cell, as the formatter (biome) lays out a Markdown table. */
function aligned(header, rows) {
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column].length)));
  const line = (row) => `| ${row.map((text, column) => text.padEnd(widths[column])).join(" | ")} |`;
  return [line(header), line(widths.map((width) => "-".repeat(width))), ...rows.map(line)].join("\n");
}

/** docs/architecture.md as it should be: `current` with the lines between the markers regenerated. */
function architectureDoc(root) {
  const current = readFileSync(join(root, DOC), "utf8");
  const start = current.indexOf(BEGIN);
  const end = current.indexOf(END);
  if (start < 0 || end < start) {
    throw new Error(`${DOC}: the markers of the package table are missing; put "${BEGIN}" and "${END}" around it`);
  }
  const table = packageTable(readPackages(root));
  return `${current.slice(0, start + BEGIN.length)}\n\n${table}\n\n${current.slice(end)}`;
}

module.exports = { architectureDoc, DOC };

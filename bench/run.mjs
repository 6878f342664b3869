// The benchmark harness: runs every case in bench/cases (or those named on the command line), prints a table and
// writes bench/results.json. Speed targets live here, not in timed tests: machines are noisy.
import { readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(join(here, "cases"))
  .filter((file) => file.endsWith(".mjs"))
  .filter((file) => only.length === 0 || only.some((name) => file.includes(name)))
  .sort();

const results = [];
for (const file of files) {
  const module = await import(pathToFileURL(join(here, "cases", file)).href);
  process.stderr.write(`running ${file}…\n`);
  for (const result of await module.default()) results.push({ case: file.replace(/\.mjs$/, ""), ...result });
}

const rows = results.map((result) => [
  result.name,
  `${result.median.toFixed(result.unit === "ms" ? 1 : 2)} ${result.unit}`,
  result.target === undefined ? "" : `${result.target} ${result.unit}`,
  result.target === undefined ? "" : result.median <= result.target ? "ok" : "OVER",
  result.note ?? "",
]);
const header = ["benchmark", "median", "target", "", "note"];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
for (const row of [header, ...rows])
  console.log(
    row
      .map((cell, column) => cell.padEnd(widths[column]))
      .join("  ")
      .trimEnd(),
  );

writeFileSync(
  join(here, "results.json"),
  `${JSON.stringify({ node: process.version, cpus: (await import("node:os")).cpus().length, date: new Date().toISOString(), results }, null, 2)}\n`,
);
process.stderr.write(`wrote ${join("bench", "results.json")}\n`);

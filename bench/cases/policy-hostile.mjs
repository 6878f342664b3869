// Hostile policy text is refused quickly and in bounded memory: a billion-laughs alias bomb (target ≤ 1 s, heap
// growth ≤ 64 MiB) and a 300 KiB scalar copied by 1,000 aliases (target ≤ 2 s). The tests assert that both are
// refused with the right finding; these targets are the speed they were once asserted with.
import { createRequire } from "node:module";
import { medianMs } from "../measure.mjs";

const require = createRequire(import.meta.url);

function aliasBomb() {
  const levels = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  for (const [index, name] of ["b", "c", "d", "e", "f", "g", "h", "i"].entries()) {
    const previous = String.fromCharCode(97 + index);
    levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(", ")}]`);
  }
  return levels.join("\n");
}

export default async function () {
  const { parsePolicyText, validatePolicy } = require("../../packages/policy/dist/index.js");
  const bomb = aliasBomb();
  const copies = `a: &a "${"x".repeat(300 * 1024)}"\nb: [${Array(1000).fill("*a").join(", ")}]\n`;
  const refused = (findings, words) => {
    if (!findings.some((finding) => finding.message.includes(words))) throw new Error(`not refused: ${words}`);
  };
  refused(parsePolicyText(bomb).findings, "alias bomb");
  refused(validatePolicy(copies).findings, "aliases copy more than 1 MiB");
  const before = process.memoryUsage().heapUsed;
  parsePolicyText(bomb);
  const growth = (process.memoryUsage().heapUsed - before) / (1024 * 1024);
  return [
    {
      name: "parse a billion-laughs alias bomb",
      unit: "ms",
      median: await medianMs(() => parsePolicyText(bomb)),
      target: 1000,
    },
    { name: "heap growth while refusing the alias bomb", unit: "MiB", median: Math.max(0, growth), target: 64 },
    {
      name: "validate a 300 KiB scalar copied by 1,000 aliases",
      unit: "ms",
      median: await medianMs(() => validatePolicy(copies), { runs: 3 }),
      target: 2000,
    },
  ];
}

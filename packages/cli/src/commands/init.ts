import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "commander";
import { UsageError } from "../errors";
import { resolveToday, withCommonOptions } from "../options";
import type { CommonOptions } from "../output";
import { STARTER_POLICY } from "./init-template";

export function initCommand(program: Command): void {
  withCommonOptions(
    program
      .command("init")
      .summary("write a commented starter continuity.yaml")
      .description(
        "Write a commented starter continuity.yaml into DIR (default: the current directory). Never overwrites.",
      )
      .argument("[dir]", "directory to write continuity.yaml into", "."),
    ["text"],
  ).action((dir: string, options: CommonOptions) => {
    if (existsSync(dir) && !statSync(dir).isDirectory()) {
      throw new UsageError(
        `${dir} is a file, not a directory`,
        "name a directory; relais init writes continuity.yaml inside it",
      );
    }
    const file = join(dir, "continuity.yaml");
    if (existsSync(file)) {
      throw new UsageError(
        `${file} already exists; relais init never overwrites a policy`,
        "remove it first, or run relais init in another directory",
      );
    }
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, STARTER_POLICY.replace("REVIEWED_ON", resolveToday(options)));
    if (!options.quiet) process.stdout.write(`wrote ${file}\nnext: edit it, then run relais validate ${file}\n`);
  });
}

import { existsSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Command } from "commander";
import { UsageError } from "../errors";
import { resolveToday, withCommonOptions } from "../options";
import type { CommonOptions } from "../output";
import { makeDirectories } from "../write-files";
import { STARTER_POLICY } from "./init-template";

export function initCommand(program: Command): void {
  withCommonOptions(
    program
      .command("init")
      .summary("write a commented starter continuity.yaml")
      .description(
        "Write a commented starter continuity.yaml into DIR (default: the current directory). Never overwrites.",
      )
      .argument("[dir]", "directory to write continuity.yaml into (--out FILE names the file instead)", "."),
    ["table"],
  ).action((dir: string, options: CommonOptions) => {
    if (existsSync(dir) && !statSync(dir).isDirectory()) {
      throw new UsageError(
        `${dir} is a file, not a directory`,
        "name a directory; relais init writes continuity.yaml inside it",
      );
    }
    const file = options.out ?? join(dir, "continuity.yaml");
    const content = STARTER_POLICY.replace("REVIEWED_ON", resolveToday(options));
    makeDirectories(dirname(file));
    try {
      // Exclusive creation: never overwrites a file, nor follows a symbolic link (even a dangling one), and no
      // other process can slip a file in between a check and the write.
      writeFileSync(file, content, { flag: "wx" });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      throw new UsageError(
        `${file} already exists; relais init never overwrites a policy`,
        "remove it first, or run relais init in another directory",
      );
    }
    if (!options.quiet) process.stdout.write(`wrote ${file}\nnext: edit it, then run relais validate ${file}\n`);
  });
}

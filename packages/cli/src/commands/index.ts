import type { Command } from "commander";
import { checkCommand } from "./check";
import { diffCommand } from "./diff";
import { docsCommand } from "./docs";
import { failoverCommand } from "./failover";
import { initCommand } from "./init";
import { previewCommand } from "./preview";
import { registerCommand } from "./register";
import { schemaCommand } from "./schema";
import { validateCommand } from "./validate";

/**
 * Registers every command. Command modules are light: each loads its heavy packages (Pulumi, the AWS SDK) inside its
 * action, so `relais --help` and `relais validate` never load them.
 */
export function registerCommands(program: Command, setExit: (code: number) => void): void {
  validateCommand(program, setExit);
  previewCommand(program, setExit);
  schemaCommand(program);
  initCommand(program);
  checkCommand(program, setExit);
  failoverCommand(program, setExit);
  docsCommand(program);
  diffCommand(program, setExit);
  registerCommand(program, setExit);
}

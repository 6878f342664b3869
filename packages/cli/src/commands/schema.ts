import type { Command } from "commander";
import { withCommonOptions } from "../options";
import { type CommonOptions, emit, resolveFormat } from "../output";

export function schemaCommand(program: Command): void {
  withCommonOptions(
    program
      .command("schema")
      .summary("print the JSON Schema of the policy format")
      .description(
        "Print the JSON Schema of continuity.yaml (relais/v1), for editors and other tools.\n" +
          "Point yaml-language-server at it: # yaml-language-server: $schema=<path to schema.json>",
      ),
    ["json"],
  ).action(async (options: CommonOptions) => {
    resolveFormat(options, ["json"], "json");
    const { policyJsonSchema } = await import("@relais/policy");
    emit(JSON.stringify(policyJsonSchema(), null, 2), options);
  });
}

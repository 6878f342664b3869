import { Command, CommanderError } from "commander";
import { registerCommands } from "./commands";
import { EXIT, fileSystemError, isUserError } from "./errors";
import { createStyle, useColor } from "./output";
import { terminalText } from "./render/sanitize";

const VERSION: string = require("../package.json").version;

/** Runs `relais` with the given arguments and resolves to the exit code. Only this package prints or exits. */
export async function main(argv: readonly string[]): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command("relais")
    .description("Resilience-as-code: continuity policy, failover previews, readiness checks and plan documents")
    .version(VERSION, "-V, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(text) });
  registerCommands(program, (code) => {
    exitCode = Math.max(exitCode, code);
  });
  for (const command of program.commands) command.exitOverride();
  try {
    await program.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (error) {
    return reportError(error, argv.includes("--debug"), !argv.includes("--no-color"));
  }
}

function reportError(error: unknown, debug: boolean, colorAllowed: boolean): number {
  if (error instanceof CommanderError) {
    if (
      error.code === "commander.helpDisplayed" ||
      error.code === "commander.version" ||
      error.code === "commander.help"
    ) {
      return EXIT.ok;
    }
    // Commander has printed its own message; flag and argument errors are usage errors.
    return EXIT.usage;
  }
  const style = createStyle(useColor({ color: colorAllowed }, process.stderr));
  const userError = fileSystemError(error) ?? error;
  if (isUserError(userError)) {
    process.stderr.write(`${style.red("error:")} ${terminalText(userError.message, true)}\n`);
    const hint = userError.hint;
    if (hint) process.stderr.write(`${style.dim("hint:")} ${terminalText(hint, true)}\n`);
    if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
    return EXIT.usage;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`${style.red("internal error:")} ${terminalText(message, true)}\n`);
  if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  else process.stderr.write("This is a bug in relais: run again with --debug and report the stack trace.\n");
  return EXIT.usage;
}

import { Command, CommanderError } from "commander";
import { registerCommands } from "./commands";
import { EXIT, fileSystemError, isUserError } from "./errors";
import { jsonDocument, wantsJson } from "./json-output";
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
  if (argv.length === 0) {
    // No command is a usage error: show what there is to run.
    process.stderr.write(program.helpInformation());
    return EXIT.usage;
  }
  try {
    await program.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (error) {
    const code = reportError(error, argv.includes("--debug"), !argv.includes("--no-color"));
    if (code !== EXIT.ok && wantsJson(argv) && !argv.some((arg) => arg === "--out" || arg.startsWith("--out="))) {
      // --format json promises JSON on standard output, failures included.
      process.stdout.write(`${jsonDocument({ error: errorBody(error) })}\n`);
    }
    return code;
  }
}

/** The message and hint of an error, as the JSON of a failed command carries them. */
function errorBody(error: unknown): { message: string; hint: string | null } {
  const userError = fileSystemError(error) ?? error;
  if (userError instanceof Error) {
    const hint = (userError as { hint?: string }).hint;
    return { message: userError.message.replace(/^error: /, "").trim(), hint: hint ?? null };
  }
  return { message: String(error), hint: null };
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

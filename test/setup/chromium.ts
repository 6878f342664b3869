import { execFileSync, spawnSync } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";

/**
 * Finds the Chromium or Chrome that the plan's browser test drives, and installs Debian's `chromium` before Jest
 * runs when none is found and the machine can (apt-get, as root or with passwordless sudo). `.ci/run` relies on this.
 */

/** Where a browser is looked for, in order. */
export const BROWSER_VARIABLES = ["RELAIS_CHROMIUM", "CHROME_PATH"] as const;
export const BROWSER_COMMANDS = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"] as const;
export const DEBIAN_CHROMIUM = "/usr/bin/chromium";

/** What the search found: a browser's path, or why there is none and how to provide one. */
export type BrowserSearch = { path: string } | { path: null; message: string };

export interface SearchEnvironment {
  env: Record<string, string | undefined>;
  /** Whether `file` exists and may be executed. */
  executable(file: string): boolean;
}

const system: SearchEnvironment = { env: process.env, executable: isExecutable };

/** Looks for a browser: the environment variables, then the usual commands on PATH, then Debian's path. */
export function findChromium(from: SearchEnvironment = system): BrowserSearch {
  for (const name of BROWSER_VARIABLES) {
    const value = from.env[name];
    if (!value) continue;
    if (from.executable(value)) return { path: value };
    return {
      path: null,
      message: `${name}=${value} is not an executable file: point ${name} at a Chromium or Chrome binary, or unset it.`,
    };
  }
  const directories = (from.env.PATH ?? "").split(delimiter).filter(Boolean);
  for (const command of BROWSER_COMMANDS) {
    for (const directory of directories) {
      const file = join(directory, command);
      if (from.executable(file)) return { path: file };
    }
  }
  if (from.executable(DEBIAN_CHROMIUM)) return { path: DEBIAN_CHROMIUM };
  return { path: null, message: NO_BROWSER };
}

export const NO_BROWSER =
  "no Chromium or Chrome for the browser test: looked at $RELAIS_CHROMIUM, $CHROME_PATH, " +
  `${BROWSER_COMMANDS.join(", ")} on PATH and ${DEBIAN_CHROMIUM}. Set RELAIS_CHROMIUM to a Chromium or Chrome ` +
  "binary, or install one (Debian and Ubuntu: apt-get install -y chromium). `pnpm test` installs Debian's chromium " +
  "by itself when it runs as root or with passwordless sudo on a machine with apt-get.";

/** How to run apt-get here: directly as root, through `sudo -n` when it needs no password, or not at all. */
export function aptGetCommand(): string[] | null {
  if (!onPath("apt-get")) return null;
  if (process.getuid?.() === 0) return ["apt-get"];
  if (onPath("sudo") && spawnSync("sudo", ["-n", "true"], { stdio: "ignore" }).status === 0) {
    return ["sudo", "-n", "apt-get"];
  }
  return null;
}

/**
 * Installs Debian's chromium when no browser is found and apt-get can run; returns what the search finds afterwards.
 * Never throws: when it cannot install, the browser test fails with the search's message.
 */
export function ensureChromium(log: (line: string) => void): BrowserSearch {
  const found = findChromium();
  if (found.path !== null || process.env.RELAIS_CHROMIUM || process.env.CHROME_PATH) return found;
  const aptGet = aptGetCommand();
  if (!aptGet) return found;
  log("relais tests: no browser found; installing Debian's chromium for the browser test (apt-get install chromium)");
  const [program, ...prefix] = aptGet;
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    const options = { env, stdio: ["ignore", "ignore", "inherit"] as ("ignore" | "inherit")[] };
    execFileSync(program!, [...prefix, "update", "-qq"], options);
    execFileSync(program!, [...prefix, "install", "-y", "-qq", "--no-install-recommends", "chromium"], options);
  } catch (error) {
    log(`relais tests: could not install chromium (${(error as Error).message.split("\n")[0]})`);
  }
  return findChromium();
}

function onPath(command: string): boolean {
  return (process.env.PATH ?? "").split(delimiter).some((directory) => isExecutable(join(directory, command)));
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

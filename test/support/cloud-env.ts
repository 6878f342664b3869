import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const HOME = mkdtempSync(join(tmpdir(), "relais-cli-home-"));

/**
 * The environment of a CLI run against the loopback cloud servers: a fresh HOME, no AWS profile, configuration
 * file or instance metadata of the developer's, and the fake keys the servers accept (AWS and Outscale).
 */
export const CLOUD_TEST_ENV: Record<string, string | undefined> = {
  HOME,
  AWS_EC2_METADATA_DISABLED: "true",
  AWS_CONFIG_FILE: join(HOME, "no-config"),
  AWS_SHARED_CREDENTIALS_FILE: join(HOME, "no-credentials"),
  AWS_ACCESS_KEY_ID: "AKIDRELAISE2E",
  AWS_SECRET_ACCESS_KEY: "e2e-secret",
  AWS_PROFILE: undefined,
  AWS_SESSION_TOKEN: undefined,
  AWS_REGION: undefined,
  AWS_ENDPOINT_URL: undefined,
  AWS_ENDPOINT_URL_EC2: undefined,
  OSC_ACCESS_KEY: "AKOSCE2E",
  OSC_SECRET_KEY: "osc-e2e-secret",
};

import { join } from "node:path";

/**
 * Keeps the AWS SDK in tests away from the network and from the developer's own AWS setup: no instance metadata
 * lookups, no real profiles, fake static credentials, no Node version notice. Import it first in SDK tests; the
 * environment is restored after the file's tests, so other test files in the same worker are not affected.
 */
const missing = join(__dirname, "does-not-exist");
const OFFLINE: Record<string, string | undefined> = {
  AWS_EC2_METADATA_DISABLED: "true",
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
  AWS_CONFIG_FILE: join(missing, "config"),
  AWS_SHARED_CREDENTIALS_FILE: join(missing, "credentials"),
  AWS_ACCESS_KEY_ID: "AKIDRELAISTEST",
  AWS_SECRET_ACCESS_KEY: "relais-test-secret",
  AWS_PROFILE: undefined,
  AWS_SESSION_TOKEN: undefined,
  AWS_ENDPOINT_URL: undefined,
  AWS_ENDPOINT_URL_EC2: undefined,
  AWS_REGION: undefined,
};

const saved = Object.fromEntries(Object.keys(OFFLINE).map((name) => [name, process.env[name]]));

function apply(values: Record<string, string | undefined>): void {
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
}

apply(OFFLINE);
afterAll(() => apply(saved));

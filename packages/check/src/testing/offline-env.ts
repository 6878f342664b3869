import { join } from "node:path";

/**
 * Keeps the AWS SDK in tests away from the network and from the developer's own AWS setup: no instance metadata
 * lookups, no real profiles, fake static credentials, no Node version notice. Import it first in SDK tests.
 */
export function useOfflineAwsEnvironment(): void {
  const missing = join(__dirname, "does-not-exist");
  Object.assign(process.env, {
    AWS_EC2_METADATA_DISABLED: "true",
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
    AWS_CONFIG_FILE: join(missing, "config"),
    AWS_SHARED_CREDENTIALS_FILE: join(missing, "credentials"),
    AWS_ACCESS_KEY_ID: "AKIDRELAISTEST",
    AWS_SECRET_ACCESS_KEY: "relais-test-secret",
  });
  for (const name of ["AWS_PROFILE", "AWS_SESSION_TOKEN", "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_EC2", "AWS_REGION"]) {
    delete process.env[name];
  }
}

useOfflineAwsEnvironment();

/** The placeholder a program sees for a secure config value, which cannot be decrypted offline. */
export const SECRET_PLACEHOLDER = "relais-offline-secret-placeholder";

/** Configuration as the Pulumi Node.js runtime reads it (`PULUMI_CONFIG`): namespaced keys, string values. */
export interface ProgramConfig {
  /** `namespace:key` → value; structured values are JSON text, as `pulumi config` stores them. */
  values: Record<string, string>;
  /** Keys whose values are secret (`PULUMI_CONFIG_SECRET_KEYS`). */
  secretKeys: string[];
  /** Keys whose secure values could not be decrypted and were replaced by {@link SECRET_PLACEHOLDER}. */
  placeholders: string[];
}

/**
 * Builds the program's configuration from `Pulumi.yaml`'s `config` block (project defaults) and the stack file's
 * `config:` map, which wins. Keys without a namespace belong to the project (`region` → `<project>:region`).
 * `{ secure: … }` values — also nested inside structured values — become a placeholder.
 */
export function programConfig(project: string, projectConfig: unknown, stackConfig: unknown): ProgramConfig {
  const values: Record<string, string> = {};
  const secret = new Set<string>();
  const placeholders = new Set<string>();
  for (const [key, declared] of entries(projectConfig)) {
    const value = projectDefault(declared);
    if (value !== undefined) assign(namespaced(project, key), value);
  }
  for (const [key, value] of entries(stackConfig)) assign(namespaced(project, key), value);
  return { values, secretKeys: [...secret].sort(), placeholders: [...placeholders].sort() };

  function assign(key: string, raw: unknown): void {
    const { value, hadSecure } = replaceSecure(raw);
    if (value === null || value === undefined) return;
    if (hadSecure) {
      secret.add(key);
      placeholders.add(key);
    }
    values[key] = typeof value === "string" ? value : typeof value === "object" ? JSON.stringify(value) : String(value);
  }
}

/** Adds a namespace to a bare key, as the Pulumi CLI does: `region` → `<project>:region`. */
export function namespaced(project: string, key: string): string {
  return key.includes(":") ? key : `${project}:${key}`;
}

function entries(map: unknown): Array<[string, unknown]> {
  if (map === null || typeof map !== "object" || Array.isArray(map)) return [];
  return Object.entries(map as Record<string, unknown>);
}

/** A project-level declaration is a value, or `{ type?, default?, value? }`. */
function projectDefault(declared: unknown): unknown {
  if (declared !== null && typeof declared === "object" && !Array.isArray(declared) && !isSecure(declared)) {
    const record = declared as Record<string, unknown>;
    if ("value" in record) return record.value;
    if ("default" in record) return record.default;
    if ("type" in record) return undefined;
  }
  return declared;
}

function isSecure(value: unknown): boolean {
  return (
    value !== null &&
    typeof value === "object" &&
    !Array.isArray(value) &&
    Object.keys(value).length === 1 &&
    "secure" in (value as object)
  );
}

function replaceSecure(value: unknown): { value: unknown; hadSecure: boolean } {
  if (isSecure(value)) return { value: SECRET_PLACEHOLDER, hadSecure: true };
  if (Array.isArray(value)) {
    const items = value.map(replaceSecure);
    return { value: items.map((item) => item.value), hadSecure: items.some((item) => item.hadSecure) };
  }
  if (value !== null && typeof value === "object") {
    let hadSecure = false;
    const result: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const replaced = replaceSecure(item);
      result[key] = replaced.value;
      hadSecure ||= replaced.hadSecure;
    }
    return { value: result, hadSecure };
  }
  return { value, hadSecure: false };
}

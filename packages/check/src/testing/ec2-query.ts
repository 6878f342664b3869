/** Reading EC2 Query requests: form parameters, filters and the SigV4 credential scope. */

export interface Filter {
  name: string;
  values: string[];
}

/** `Filter.1.Name=…&Filter.1.Value.1=…` → filters, in order. */
export function readFilters(params: Readonly<Record<string, string>>): Filter[] {
  const filters = new Map<number, Filter>();
  for (const [key, value] of Object.entries(params)) {
    const match = /^Filter\.(\d+)\.(Name|Value\.(\d+))$/.exec(key);
    if (!match) continue;
    const index = Number(match[1]);
    const filter = filters.get(index) ?? { name: "", values: [] };
    if (match[2] === "Name") filter.name = value;
    else filter.values[Number(match[3]) - 1] = value;
    filters.set(index, filter);
  }
  return [...filters.entries()].sort(([a], [b]) => a - b).map(([, filter]) => filter);
}

/** `Prefix.1=a&Prefix.2=b` → `[a, b]`. */
export function readList(params: Readonly<Record<string, string>>, prefix: string): string[] {
  return Object.entries(params)
    .flatMap(([key, value]) => {
      const match = new RegExp(`^${prefix.replace(".", "\\.")}\\.(\\d+)$`).exec(key);
      return match ? [[Number(match[1]), value] as const] : [];
    })
    .sort(([a], [b]) => a - b)
    .map(([, value]) => value);
}

export interface CredentialScope {
  accessKeyId: string;
  date: string;
  region: string;
  service: string;
}

/** The scope of `Authorization: AWS4-HMAC-SHA256 Credential=AKID/20260101/eu-west-3/ec2/aws4_request, …`. */
export function readCredentialScope(authorization: string | undefined): CredentialScope | null {
  const match = /Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request/.exec(authorization ?? "");
  if (!match) return null;
  return { accessKeyId: match[1]!, date: match[2]!, region: match[3]!, service: match[4]! };
}

/** True when `tags` and `state` satisfy every filter; unknown filter names throw (the server answers 400). */
export function matchesFilters(
  filters: readonly Filter[],
  subject: { tags?: Record<string, string>; fields: Record<string, string> },
): boolean {
  return filters.every((filter) => {
    if (filter.name.startsWith("tag:")) {
      const value = subject.tags?.[filter.name.slice(4)];
      return value !== undefined && filter.values.includes(value);
    }
    if (filter.name === "tag-key") return filter.values.some((key) => subject.tags?.[key] !== undefined);
    const field = subject.fields[filter.name];
    if (field === undefined) throw new UnknownFilterError(filter.name);
    return filter.values.includes(field);
  });
}

export class UnknownFilterError extends Error {
  constructor(readonly filterName: string) {
    super(`The filter '${filterName}' is invalid`);
  }
}

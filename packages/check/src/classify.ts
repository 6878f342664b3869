/**
 * Turns whatever a request threw into a failure a person can act on, and decides whether it is worth retrying.
 * Errors are read by shape (name, code, HTTP status), not `instanceof`, so that copies of the SDK agree.
 */
export type FailureKind =
  | "throttled"
  | "server-error"
  | "timeout"
  | "unreachable"
  | "auth"
  | "permission"
  | "credentials"
  | "malformed"
  | "client-error"
  | "not-api"
  | "too-large"
  | "refused";

export interface Failure {
  kind: FailureKind;
  /** Throttling, 5xx, timeouts and dropped connections are retried with back-off. */
  retryable: boolean;
  /** True when every other request to the same site would fail the same way (bad credentials, no endpoint). */
  siteWide: boolean;
  /** The provider's code and message, or the network error, for the reason text. */
  detail: string;
}

const THROTTLING = new Set([
  "RequestLimitExceeded",
  "Throttling",
  "ThrottlingException",
  "ThrottledException",
  "RequestThrottled",
  "RequestThrottledException",
  "TooManyRequestsException",
  "SlowDown",
]);

const AUTH = new Set([
  "AuthFailure",
  "InvalidClientTokenId",
  "SignatureDoesNotMatch",
  "UnrecognizedClientException",
  "InvalidAccessKeyId",
  "AccessKeyNotFound",
  "ExpiredToken",
  "RequestExpired",
  "OptInRequired",
]);

const PERMISSION = new Set(["UnauthorizedOperation", "AccessDenied", "AccessDeniedException", "Blocked"]);

const UNREACHABLE =
  /\b(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|CERT_[A-Z_]+|UNABLE_TO_VERIFY_LEAF_SIGNATURE|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|ERR_TLS_CERT_ALTNAME_INVALID)\b/;
const DROPPED = /\b(ECONNRESET|EPIPE|ETIMEDOUT|ECONNABORTED|socket hang up|other side closed)\b/i;

interface ErrorShape {
  name?: unknown;
  code?: unknown;
  Code?: unknown;
  message?: unknown;
  $fault?: unknown;
  $metadata?: { httpStatusCode?: unknown };
}

/** Classifies one failed attempt. */
export function classify(error: unknown): Failure {
  const shape = (typeof error === "object" && error !== null ? error : { message: String(error) }) as ErrorShape;
  const name = typeof shape.name === "string" ? shape.name : "";
  const code = typeof shape.Code === "string" ? shape.Code : typeof shape.code === "string" ? shape.code : name;
  const message = typeof shape.message === "string" ? shape.message.split("\n")[0]!.trim() : "";
  const status = typeof shape.$metadata?.httpStatusCode === "number" ? shape.$metadata.httpStatusCode : undefined;
  const detail = (kind: string) => (message && message !== kind ? `${kind}: ${message}` : kind);
  if (name === "ActionRefused") return failure("refused", false, false, message);
  // An endpoint that is not the API answers every request that way; one too-large reply says nothing of the next.
  if (name === "UnexpectedReply") {
    return (shape as { tooLarge?: unknown }).tooLarge === true
      ? failure("too-large", false, false, message)
      : failure("not-api", false, true, message);
  }
  if (name === "CredentialsProviderError" || name === "TokenProviderError") {
    return failure("credentials", false, true, message);
  }
  if (THROTTLING.has(code) || status === 429) return failure("throttled", true, false, detail(code || "HTTP 429"));
  if (AUTH.has(code)) return failure("auth", false, true, detail(code));
  if (PERMISSION.has(code)) return failure("permission", false, false, detail(code));
  if (status !== undefined && status >= 500) {
    return failure("server-error", true, false, detail(code && code !== "Error" ? code : `HTTP ${status}`));
  }
  if (/XML parse error|Deserialization error|not well-formed|Unexpected (token|end)/i.test(message)) {
    return failure("malformed", false, false, message.replace(/\s*Deserialization error.*$/i, ""));
  }
  const network = `${code} ${message}`;
  const unreachable = UNREACHABLE.exec(network);
  if (unreachable) return failure("unreachable", false, true, unreachable[1]!);
  const dropped = DROPPED.exec(network);
  if (dropped) return failure("unreachable", true, false, dropped[1]!);
  if (status !== undefined && status >= 400)
    return failure("client-error", false, false, detail(code || `HTTP ${status}`));
  return failure("client-error", false, false, detail(code || "Error"));
}

function failure(kind: FailureKind, retryable: boolean, siteWide: boolean, detail: string): Failure {
  return { kind, retryable, siteWide, detail };
}

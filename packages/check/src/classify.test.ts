import { classify } from "./classify";

/** An error shaped like the SDK's service exceptions. */
function serviceError(name: string, status: number, message = "") {
  return Object.assign(new Error(message), {
    name,
    Code: name,
    $fault: status >= 500 ? "server" : "client",
    $metadata: { httpStatusCode: status },
  });
}

describe("classify", () => {
  test("throttling is retried, whatever its code", () => {
    for (const code of ["RequestLimitExceeded", "Throttling", "ThrottlingException"]) {
      expect(classify(serviceError(code, 503, "Request limit exceeded."))).toEqual({
        kind: "throttled",
        retryable: true,
        siteWide: false,
        detail: `${code}: Request limit exceeded.`,
      });
    }
    expect(classify(Object.assign(new Error("slow down"), { $metadata: { httpStatusCode: 429 } })).kind).toBe(
      "throttled",
    );
  });

  test("5xx is retried", () => {
    expect(classify(serviceError("InternalError", 500, "An internal error has occurred"))).toMatchObject({
      kind: "server-error",
      retryable: true,
      detail: "InternalError: An internal error has occurred",
    });
    expect(
      classify(Object.assign(new Error("Unknown"), { name: "Error", $metadata: { httpStatusCode: 502 } })).detail,
    ).toBe("HTTP 502: Unknown");
  });

  test("refused credentials stop the whole site, missing permissions only the check", () => {
    expect(classify(serviceError("AuthFailure", 401, "not validated"))).toMatchObject({
      kind: "auth",
      retryable: false,
      siteWide: true,
    });
    expect(classify(serviceError("UnauthorizedOperation", 403, "You are not authorized"))).toMatchObject({
      kind: "permission",
      retryable: false,
      siteWide: false,
    });
    expect(
      classify(
        Object.assign(new Error("Could not load credentials from any providers"), { name: "CredentialsProviderError" }),
      ),
    ).toMatchObject({ kind: "credentials", siteWide: true });
  });

  test("an answer that is not XML is malformed, not retried", () => {
    const error = Object.assign(
      new Error(
        "@aws-sdk XML parse error: unexpected end of input.\n  Deserialization error: to see the raw response…",
      ),
      { $metadata: { httpStatusCode: 200 } },
    );
    expect(classify(error)).toEqual({
      kind: "malformed",
      retryable: false,
      siteWide: false,
      detail: "@aws-sdk XML parse error: unexpected end of input.",
    });
  });

  test("an endpoint that cannot be reached stops the site; a dropped connection is retried", () => {
    expect(
      classify(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ECONNREFUSED" })),
    ).toMatchObject({
      kind: "unreachable",
      retryable: false,
      siteWide: true,
      detail: "ECONNREFUSED",
    });
    // Node errors from another realm reach the SDK as wrapped strings.
    expect(classify(new Error("AWS SDK error wrapper for Error: getaddrinfo ENOTFOUND fcu.nowhere"))).toMatchObject({
      kind: "unreachable",
      detail: "ENOTFOUND",
    });
    expect(classify(Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }))).toMatchObject({
      kind: "unreachable",
      retryable: true,
      siteWide: false,
    });
  });

  test("other client errors are reported as they are, not retried", () => {
    expect(classify(serviceError("InvalidParameterValue", 400, "The filter 'x' is invalid"))).toEqual({
      kind: "client-error",
      retryable: false,
      siteWide: false,
      detail: "InvalidParameterValue: The filter 'x' is invalid",
    });
    expect(classify("boom")).toMatchObject({ kind: "client-error", detail: "Error: boom" });
  });
});

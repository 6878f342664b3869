import { Readable } from "node:stream";
import { actionOf, type GatedClient } from "./allowlist";

/**
 * The largest reply relais reads: 4 MiB. A page of a thousand instances is well under 1 MiB; anything bigger is an
 * endpoint that is not the API it claims to be, and reading it whole would cost time and memory without end.
 */
export const MAX_REPLY_BYTES = 4 * 1024 * 1024;

/** A reply that is not an answer of the API asked: too large, empty, an HTML page, unrelated XML. */
export class UnexpectedReply extends Error {
  constructor(
    message: string,
    readonly tooLarge: boolean,
  ) {
    super(message);
    this.name = "UnexpectedReply";
  }
}

interface RawResponse {
  statusCode?: number;
  headers?: Record<string, string | undefined>;
  body?: unknown;
}

/**
 * Installs, next to the wire, a check of every reply before the SDK parses it: at most `maxBytes` are read (the
 * connection is dropped beyond), and a successful reply must be the XML answer to the action sent
 * (`<DescribeImagesResponse …>`), so that an empty body or a proxy's page is never read as an empty answer.
 * `api` names the API in messages: `EC2`, `Auto Scaling`, `Route 53`.
 */
export function guardReplies<C extends GatedClient>(client: C, api: string, maxBytes = MAX_REPLY_BYTES): C {
  const guard =
    (next: (args: unknown) => Promise<{ response: RawResponse }>, context: { commandName?: string }) =>
    async (args: unknown) => {
      const result = await next(args);
      const response = result.response;
      const body = await readCapped(response, maxBytes);
      const status = response.statusCode ?? 0;
      if (status >= 200 && status < 300) expectAnswer(body, actionOf(context.commandName ?? ""), api);
      response.body = Readable.from([body]);
      return result;
    };
  client.middlewareStack.add(
    guard as never,
    { step: "deserialize", priority: "low", name: "relaisReplyGuard", override: true } as never,
  );
  return client;
}

async function readCapped(response: RawResponse, maxBytes: number): Promise<Buffer> {
  const tooLarge = () =>
    new UnexpectedReply(`the reply is larger than ${maxBytes / 1024 / 1024} MiB, relais's limit for one reply`, true);
  const declared = Number(response.headers?.["content-length"] ?? response.headers?.["Content-Length"]);
  const body = response.body;
  if (Number.isFinite(declared) && declared > maxBytes) {
    (body as Readable | undefined)?.destroy?.();
    throw tooLarge();
  }
  if (body === undefined || body === null) return Buffer.alloc(0);
  if (typeof body === "string" || body instanceof Uint8Array) {
    const buffer = Buffer.from(body);
    if (buffer.length > maxBytes) throw tooLarge();
    return buffer;
  }
  const stream = body as Readable;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      stream.destroy();
      throw tooLarge();
    }
    chunks.push(Buffer.from(chunk as Buffer));
  }
  return Buffer.concat(chunks);
}

/** The first element of an XML document, after the declaration, comments and white space. */
const ROOT = /^\uFEFF?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)[\s>/]/;

function expectAnswer(body: Buffer, action: string, api: string): void {
  const head = body.subarray(0, 4096).toString("utf8");
  const expected = `${action}Response`;
  const root = ROOT.exec(head)?.[1];
  if (root === expected) return;
  const found =
    body.length === 0 || head.trim() === ""
      ? "an empty reply"
      : /^\s*<(!doctype\s+html|html)\b/i.test(head)
        ? "an HTML page"
        : root !== undefined
          ? `XML whose root is <${root}>, not <${expected}>`
          : "a reply that is not XML";
  throw new UnexpectedReply(`the endpoint did not answer like the ${api} API: ${found}`, false);
}

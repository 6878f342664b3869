import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import {
  type Filter,
  matchesFilters,
  readCredentialScope,
  readFilters,
  readList,
  UnknownFilterError,
} from "./ec2-query";
import {
  type ApiFlavour,
  errorXml,
  type FakeImage,
  type FakeInstance,
  type FakeSnapshot,
  type FakeZone,
  imagesBody,
  instancesBody,
  responseXml,
  snapshotsBody,
  startingBody,
  zonesBody,
} from "./ec2-xml";

/**
 * A small EC2 Query protocol server for tests, on 127.0.0.1 and a random port. It answers the four `Describe*`
 * actions relais check uses from an in-memory world keyed by REGION — taken from the SigV4 credential scope, as a
 * real regional endpoint would — records every request, and injects faults on demand.
 */

/** What one region holds. `flavour` picks the XML namespace: AWS 2016-11-15 or Outscale FCU 2016-09-15. */
export interface FakeRegion {
  flavour?: ApiFlavour;
  zones?: FakeZone[];
  images?: FakeImage[];
  instances?: FakeInstance[];
  snapshots?: FakeSnapshot[];
}

export type FaultKind =
  | "throttle"
  | "server-error"
  | "slow"
  | "malformed"
  | "auth-failure"
  | "empty"
  | "html"
  | "unrelated-xml"
  | "huge"
  | "drop";

export interface FaultRule {
  fault: FaultKind;
  /** Only this action (such as `DescribeImages`); every action when absent. */
  action?: string;
  /** Only requests signed for this region. */
  region?: string;
  /** How many matching requests get the fault before it wears off; forever when absent. */
  times?: number;
  /** `slow`: how long to wait before answering (default 30 s). */
  delayMs?: number;
  /** `huge`: how many bytes of valid-looking XML to stream (generated as it is sent, never held whole). */
  bytes?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  action: string;
  version: string;
  params: Record<string, string>;
  /** The raw body (XML for REST APIs such as Route 53). */
  body: string;
  /** From the SigV4 credential scope; null when the request was not signed. */
  region: string | null;
  service: string | null;
  accessKeyId: string | null;
}

export interface Ec2TestServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** The account that `Owner.1=self` means. */
  accountId: string;
  readonly requests: RecordedRequest[];
  /** Faults apply in order: the first matching rule with uses left wins. */
  faults: FaultRule[];
  world: Record<string, FakeRegion>;
  /** Bytes of `huge` replies written before the client stopped reading them (or the reply ended). */
  hugeBytesSent: number;
  close(): Promise<void>;
}

export type Send = (status: number, body: string) => void;

/** Other AWS APIs served beside EC2 on the same port (Auto Scaling, Route 53), as one regional endpoint would. */
export interface ServerExtension {
  /** The action of a REST request (`GET /2013-04-01/change/C1` → `GetChange`), or null for a Query form request. */
  restAction?(method: string, path: string): string | null;
  /** Answers an action EC2 does not know; false when this extension does not know it either. */
  answer(request: RecordedRequest, requestId: string, send: Send): boolean;
  /** The error body of the extension's protocol for an injected fault on one of its actions, else null. */
  errorBody?(action: string, code: string, message: string, requestId: string): string | null;
}

export interface Ec2TestServerOptions {
  extension?: ServerExtension;
  /** Access key ids that are accepted; any other gets `AuthFailure`. Default: accept every key. */
  accessKeyIds?: readonly string[];
  /** Items per page for DescribeInstances and DescribeSnapshots (to exercise NextToken). Default 1000. */
  pageSize?: number;
}

const ACCOUNT_ID = "123456789012";

export async function startEc2Server(
  world: Record<string, FakeRegion>,
  options: Ec2TestServerOptions = {},
): Promise<Ec2TestServer> {
  const timers = new Set<NodeJS.Timeout>();
  let counter = 0;
  const state: Ec2TestServer = {
    url: "",
    accountId: ACCOUNT_ID,
    requests: [],
    faults: [],
    world,
    hugeBytesSent: 0,
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };

  const server = createServer((request, response) => {
    readBody(request).then((body) => {
      counter += 1;
      const requestId = `req-${counter}`;
      const restAction = options.extension?.restAction?.(request.method ?? "", request.url ?? "") ?? null;
      const params = restAction === null ? Object.fromEntries(new URLSearchParams(body)) : {};
      const scope = readCredentialScope(request.headers.authorization);
      const recorded: RecordedRequest = {
        method: request.method ?? "",
        path: request.url ?? "",
        action: restAction ?? params.Action ?? "",
        body,
        version: params.Version ?? "",
        params,
        region: scope?.region ?? null,
        service: scope?.service ?? null,
        accessKeyId: scope?.accessKeyId ?? null,
      };
      state.requests.push(recorded);
      const send: Send = (status, xml) => {
        if (response.destroyed) return;
        response.writeHead(status, { "content-type": "text/xml;charset=UTF-8", "x-amzn-requestid": requestId });
        response.end(xml);
      };
      if (!scope || (options.accessKeyIds && !options.accessKeyIds.includes(scope.accessKeyId))) {
        return send(
          401,
          errorXml("AuthFailure", "AWS was not able to validate the provided access credentials", requestId),
        );
      }
      const fault = takeFault(state.faults, recorded);
      if (fault?.fault === "slow") {
        const timer = setTimeout(() => {
          timers.delete(timer);
          answer(recorded, state, options, requestId, send);
        }, fault.delayMs ?? 30_000);
        timers.add(timer);
        return;
      }
      if (fault?.fault === "drop") return void response.socket?.destroy();
      if (fault?.fault === "huge") {
        return streamHuge(response, recorded.action, fault.bytes ?? 100 * 1024 * 1024, (bytes) => {
          state.hugeBytesSent += bytes;
        });
      }
      if (fault) return sendFault(fault.fault, recorded.action, requestId, send, options.extension);
      answer(recorded, state, options, requestId, send);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return state;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", () => resolve(""));
  });
}

function takeFault(rules: FaultRule[], request: RecordedRequest): FaultRule | undefined {
  const rule = rules.find(
    (candidate) =>
      (candidate.action === undefined || candidate.action === request.action) &&
      (candidate.region === undefined || candidate.region === request.region) &&
      (candidate.times === undefined || candidate.times > 0),
  );
  if (rule?.times !== undefined) rule.times -= 1;
  return rule;
}

function sendFault(fault: FaultKind, action: string, requestId: string, send: Send, extension?: ServerExtension) {
  const error = (code: string, message: string) =>
    extension?.errorBody?.(action, code, message, requestId) ?? errorXml(code, message, requestId);
  if (fault === "throttle") {
    // Auto Scaling and Route 53 throttle with 400 Throttling; EC2 with 503 RequestLimitExceeded.
    const own = extension?.errorBody?.(action, "Throttling", "Rate exceeded", requestId);
    return own ? send(400, own) : send(503, errorXml("RequestLimitExceeded", "Request limit exceeded.", requestId));
  }
  if (fault === "server-error") return send(500, error("InternalError", "An internal error has occurred"));
  if (fault === "auth-failure") {
    return send(
      401,
      errorXml("AuthFailure", "AWS was not able to validate the provided access credentials", requestId),
    );
  }
  if (fault === "empty") return send(200, "");
  if (fault === "html") return send(200, "<!DOCTYPE html><html><body><h1>Proxy login</h1></body></html>");
  if (fault === "unrelated-xml")
    return send(200, '<?xml version="1.0"?><ListBucketResult><Name>b</Name></ListBucketResult>');
  send(200, `<?xml version="1.0" encoding="UTF-8"?>\n<${action}Response><requestId>${requestId}</requestId><item><`);
}

/** Streams `bytes` of a well-formed-looking answer, a chunk at a time, while the client keeps reading. */
function streamHuge(response: ServerResponse, action: string, bytes: number, count: (bytes: number) => void): void {
  response.writeHead(200, { "content-type": "text/xml;charset=UTF-8" });
  const chunk = Buffer.from(`<item><instanceId>i-${"0".repeat(1000)}</instanceId></item>`);
  let sent = 0;
  response.write(`<?xml version="1.0" encoding="UTF-8"?>\n<${action}Response><reservationSet>`);
  const pump = () => {
    while (sent < bytes && !response.destroyed) {
      sent += chunk.length;
      count(chunk.length);
      if (!response.write(chunk)) return void response.once("drain", pump);
    }
    if (!response.destroyed) response.end(`</reservationSet></${action}Response>`);
  };
  response.on("error", () => undefined);
  pump();
}

function answer(request: RecordedRequest, state: Ec2TestServer, options: Ec2TestServerOptions, id: string, send: Send) {
  const regionName = request.region ?? "";
  const region = state.world[regionName] ?? {};
  const flavour = region.flavour ?? "aws";
  const filters = readFilters(request.params);
  const ok = (body: string) => send(200, responseXml(request.action, flavour, id, body));
  try {
    switch (request.action) {
      case "DescribeAvailabilityZones": {
        const zones = (region.zones ?? []).filter((zone) =>
          matchesFilters(filters, { fields: { "zone-name": zone.zoneName, state: zone.state } }),
        );
        return ok(zonesBody(regionName, zones));
      }
      case "DescribeImages": {
        const ids = readList(request.params, "ImageId");
        const images = (region.images ?? []).filter(
          (image) =>
            (ids.length === 0 || ids.includes(image.imageId)) &&
            matchesFilters(filters, { fields: { "image-id": image.imageId, state: image.state } }),
        );
        return ok(imagesBody(images));
      }
      case "DescribeInstances": {
        advancePending(region);
        const ids = readList(request.params, "InstanceId");
        const instances = (region.instances ?? []).filter(
          (instance) =>
            (ids.length === 0 || ids.includes(instance.instanceId)) &&
            matchesFilters(filters, {
              tags: instance.tags,
              fields: { "instance-state-name": instance.state, "availability-zone": instance.zone },
            }),
        );
        const page = paginate(instances, request.params.NextToken, options.pageSize);
        return ok(instancesBody(page.items, page.nextToken));
      }
      case "DescribeSnapshots":
        return ok(describeSnapshots(region, filters, request.params, state.accountId, options.pageSize));
      case "StartInstances":
        return startInstances(region, readList(request.params, "InstanceId"), id, send, ok);
      default:
        if (options.extension?.answer(request, id, send)) return;
        return send(
          400,
          errorXml("InvalidAction", `The action ${request.action} is not valid for this web service.`, id),
        );
    }
  } catch (error) {
    if (error instanceof UnknownFilterError) return send(400, errorXml("InvalidParameterValue", error.message, id));
    throw error;
  }
}

/** Pending instances finish starting when next described: running, or stopped again when they fail to start. */
function advancePending(region: FakeRegion): void {
  for (const instance of region.instances ?? []) {
    if (instance.state !== "pending") continue;
    instance.state = instance.failsToStart ? "stopped" : "running";
    if (instance.failsToStart) instance.stateReason = "Server.InsufficientInstanceCapacity";
  }
}

function startInstances(
  region: FakeRegion,
  ids: readonly string[],
  id: string,
  send: Send,
  ok: (body: string) => void,
) {
  const instances = ids.map((instanceId) => region.instances?.find((instance) => instance.instanceId === instanceId));
  const missing = ids.filter((_, index) => instances[index] === undefined);
  if (missing.length > 0) {
    return send(
      400,
      errorXml("InvalidInstanceID.NotFound", `The instance IDs '${missing.join(", ")}' do not exist`, id),
    );
  }
  const changes = instances.map((instance) => {
    const previous = instance!.state;
    if (previous === "stopped") instance!.state = "pending";
    return { instanceId: instance!.instanceId, previous, current: instance!.state };
  });
  ok(startingBody(changes));
}

function describeSnapshots(
  region: FakeRegion,
  filters: readonly Filter[],
  params: Record<string, string>,
  accountId: string,
  pageSize: number | undefined,
): string {
  const owners = readList(params, "Owner").map((owner) => (owner === "self" ? accountId : owner));
  const snapshots = (region.snapshots ?? []).filter(
    (snapshot) =>
      (owners.length === 0 || owners.includes(snapshot.ownerId ?? accountId)) &&
      matchesFilters(filters, { tags: snapshot.tags, fields: { status: snapshot.status } }),
  );
  const page = paginate(snapshots, params.NextToken, pageSize);
  return snapshotsBody(page.items, accountId, page.nextToken);
}

function paginate<T>(all: readonly T[], token: string | undefined, pageSize = 1000) {
  const start = token ? Number(token.replace("page-", "")) : 0;
  const end = start + pageSize;
  return { items: all.slice(start, end), nextToken: end < all.length ? `page-${end}` : undefined };
}

import type { RecordedRequest, Send, ServerExtension } from "../../../check/src/testing/ec2-server";
import { escapeXml } from "../../../check/src/testing/ec2-xml";

/**
 * The Auto Scaling Query API and the Route 53 REST API, served beside the EC2 stub of relais check on the same
 * loopback port: Auto Scaling groups per region (from the SigV4 scope), hosted zone records, and changes that stay
 * `PENDING` for a number of reads before `INSYNC`.
 */

export interface FakeGroup {
  name: string;
  minSize: number;
  maxSize: number;
  desired: number;
  tags: Record<string, string>;
}

export interface FakeRecord {
  zoneId: string;
  /** With the final dot, as Route 53 stores it. */
  name: string;
  type: string;
  ttl: number;
  values: string[];
}

export interface CloudExtension extends ServerExtension {
  groups: Record<string, FakeGroup[]>;
  records: FakeRecord[];
  /** How many `GetChange` reads a change stays `PENDING`. Default 1. */
  pendingReads: number;
}

const ASG_NS = "http://autoscaling.amazonaws.com/doc/2011-01-01/";
const R53_NS = "https://route53.amazonaws.com/doc/2013-04-01/";
const ASG_ACTIONS = new Set(["DescribeAutoScalingGroups", "SetDesiredCapacity"]);

export function cloudExtension(groups: Record<string, FakeGroup[]> = {}, records: FakeRecord[] = []): CloudExtension {
  const changes = new Map<string, number>();
  let changeCounter = 0;
  const extension: CloudExtension = {
    groups,
    records,
    pendingReads: 1,
    restAction(method, path) {
      if (!path.startsWith("/2013-04-01/")) return null;
      if (/^\/2013-04-01\/change\//.test(path)) return "GetChange";
      if (/\/rrset\/?(\?|$)/.test(path))
        return method === "POST" ? "ChangeResourceRecordSets" : "ListResourceRecordSets";
      return "UnknownRoute53Action";
    },
    answer(request, requestId, send) {
      if (ASG_ACTIONS.has(request.action)) return answerAutoScaling(extension, request, requestId, send);
      switch (request.action) {
        case "ListResourceRecordSets":
          return listRecords(extension, request, send);
        case "ChangeResourceRecordSets": {
          changeCounter += 1;
          const id = `C${changeCounter}`;
          changes.set(id, extension.pendingReads);
          return changeRecords(extension, request, id, send);
        }
        case "GetChange": {
          const id = request.path.split("/").pop() ?? "";
          const left = changes.get(id);
          if (left === undefined) {
            send(404, r53Error("NoSuchChange", `no change ${id}`, requestId));
            return true;
          }
          changes.set(id, left - 1);
          send(200, r53Response("GetChange", changeInfo(id, left > 0 ? "PENDING" : "INSYNC")));
          return true;
        }
        default:
          return false;
      }
    },
    errorBody(action, code, message, requestId) {
      if (ASG_ACTIONS.has(action)) return asgError(code, message, requestId);
      if (action.endsWith("ResourceRecordSets") || action === "GetChange") return r53Error(code, message, requestId);
      return null;
    },
  };
  return extension;
}

function answerAutoScaling(extension: CloudExtension, request: RecordedRequest, requestId: string, send: Send): true {
  const region = extension.groups[request.region ?? ""] ?? [];
  const params = request.params;
  if (request.action === "SetDesiredCapacity") {
    const group = region.find((candidate) => candidate.name === params.AutoScalingGroupName);
    const desired = Number(params.DesiredCapacity);
    if (!group)
      send(
        400,
        asgError("ValidationError", `AutoScalingGroup name not found - ${params.AutoScalingGroupName}`, requestId),
      );
    else if (desired > group.maxSize || desired < group.minSize) {
      send(
        400,
        asgError("ValidationError", `New SetDesiredCapacity value ${desired} is outside the group's bounds`, requestId),
      );
    } else {
      group.desired = desired;
      send(200, asgResponse("SetDesiredCapacity", "", requestId));
    }
    return true;
  }
  const names = memberList(params, "AutoScalingGroupNames");
  const filters = filterList(params);
  const found = region.filter(
    (group) =>
      (names.length === 0 || names.includes(group.name)) &&
      filters.every(
        ({ name, values }) => name.startsWith("tag:") && values.includes(group.tags[name.slice(4)] ?? "\u0000"),
      ),
  );
  const members = found.map(
    (group) =>
      `<member>${text("AutoScalingGroupName", group.name)}${text("MinSize", String(group.minSize))}` +
      `${text("MaxSize", String(group.maxSize))}${text("DesiredCapacity", String(group.desired))}` +
      `<Instances>${Array.from({ length: group.desired }, (_, index) => `<member>${text("InstanceId", `i-${group.name}-${index}`)}${text("LifecycleState", "InService")}</member>`).join("")}</Instances>` +
      `<Tags>${Object.entries(group.tags)
        .map(([key, value]) => `<member>${text("Key", key)}${text("Value", value)}</member>`)
        .join("")}</Tags></member>`,
  );
  send(
    200,
    asgResponse("DescribeAutoScalingGroups", `<AutoScalingGroups>${members.join("")}</AutoScalingGroups>`, requestId),
  );
  return true;
}

function listRecords(extension: CloudExtension, request: RecordedRequest, send: Send): true {
  const url = new URL(request.path, "http://stub");
  const zoneId = url.pathname.split("/")[3] ?? "";
  const name = withDot(url.searchParams.get("name") ?? "");
  const type = url.searchParams.get("type");
  const found = extension.records.filter(
    (record) => record.zoneId === zoneId && record.name === name && (type === null || record.type === type),
  );
  send(
    200,
    r53Response(
      "ListResourceRecordSets",
      `<ResourceRecordSets>${found.map(recordXml).join("")}</ResourceRecordSets><IsTruncated>false</IsTruncated><MaxItems>1</MaxItems>`,
    ),
  );
  return true;
}

function changeRecords(extension: CloudExtension, request: RecordedRequest, id: string, send: Send): true {
  const zoneId = request.path.split("/")[3] ?? "";
  const field = (name: string) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(request.body)?.[1] ?? "";
  const values = [...request.body.matchAll(/<Value>([^<]*)<\/Value>/g)].map((match) => match[1]!);
  const record: FakeRecord = {
    zoneId,
    name: withDot(field("Name")),
    type: field("Type"),
    ttl: Number(field("TTL")),
    values,
  };
  const index = extension.records.findIndex(
    (r) => r.zoneId === zoneId && r.name === record.name && r.type === record.type,
  );
  if (field("Action") !== "UPSERT") {
    send(400, r53Error("InvalidInput", "only UPSERT here", id));
    return true;
  }
  if (index >= 0) extension.records[index] = record;
  else extension.records.push(record);
  send(200, r53Response("ChangeResourceRecordSets", changeInfo(id, "PENDING")));
  return true;
}

function recordXml(record: FakeRecord): string {
  const values = record.values.map((value) => `<ResourceRecord>${text("Value", value)}</ResourceRecord>`).join("");
  return `<ResourceRecordSet>${text("Name", record.name)}${text("Type", record.type)}${text("TTL", String(record.ttl))}<ResourceRecords>${values}</ResourceRecords></ResourceRecordSet>`;
}

function changeInfo(id: string, status: string): string {
  return `<ChangeInfo>${text("Id", `/change/${id}`)}${text("Status", status)}${text("SubmittedAt", "2026-12-01T00:00:00.000Z")}</ChangeInfo>`;
}

function withDot(name: string): string {
  return name.endsWith(".") ? name : `${name}.`;
}

function text(name: string, value: string): string {
  return `<${name}>${escapeXml(value)}</${name}>`;
}

function asgResponse(action: string, result: string, requestId: string): string {
  const body = result === "" ? "" : `<${action}Result>${result}</${action}Result>`;
  return `<${action}Response xmlns="${ASG_NS}">${body}<ResponseMetadata>${text("RequestId", requestId)}</ResponseMetadata></${action}Response>`;
}

function asgError(code: string, message: string, requestId: string): string {
  return `<ErrorResponse xmlns="${ASG_NS}"><Error><Type>Sender</Type>${text("Code", code)}${text("Message", message)}</Error>${text("RequestId", requestId)}</ErrorResponse>`;
}

function r53Response(action: string, body: string): string {
  return `<?xml version="1.0"?>\n<${action}Response xmlns="${R53_NS}">${body}</${action}Response>`;
}

function r53Error(code: string, message: string, requestId: string): string {
  return `<?xml version="1.0"?>\n<ErrorResponse xmlns="${R53_NS}"><Error><Type>Sender</Type>${text("Code", code)}${text("Message", message)}</Error>${text("RequestId", requestId)}</ErrorResponse>`;
}

/** `Prefix.member.1=a&Prefix.member.2=b` → `[a, b]`. */
function memberList(params: Readonly<Record<string, string>>, prefix: string): string[] {
  return Object.entries(params)
    .flatMap(([key, value]) => {
      const match = new RegExp(`^${prefix}\\.member\\.(\\d+)$`).exec(key);
      return match ? [[Number(match[1]), value] as const] : [];
    })
    .sort(([a], [b]) => a - b)
    .map(([, value]) => value);
}

/** `Filters.member.N.Name` / `Filters.member.N.Values.member.M`. */
function filterList(params: Readonly<Record<string, string>>): Array<{ name: string; values: string[] }> {
  const filters = new Map<number, { name: string; values: string[] }>();
  for (const [key, value] of Object.entries(params)) {
    const match = /^Filters\.member\.(\d+)\.(Name|Values\.member\.(\d+))$/.exec(key);
    if (!match) continue;
    const filter = filters.get(Number(match[1])) ?? { name: "", values: [] };
    if (match[2] === "Name") filter.name = value;
    else filter.values[Number(match[3]) - 1] = value;
    filters.set(Number(match[1]), filter);
  }
  return [...filters.values()];
}

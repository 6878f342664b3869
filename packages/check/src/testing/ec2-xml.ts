/** XML bodies of the EC2 Query protocol, as AWS (2016-11-15) and Outscale FCU (2016-09-15) send them. */

export type ApiFlavour = "aws" | "outscale";

export const NAMESPACES: Readonly<Record<ApiFlavour, string>> = {
  aws: "http://ec2.amazonaws.com/doc/2016-11-15/",
  outscale: "http://ec2.amazonaws.com/doc/2016-09-15/",
};

export interface FakeZone {
  zoneName: string;
  state: string;
  messages?: string[];
}

export interface FakeImage {
  imageId: string;
  state: string;
  name?: string;
}

export interface FakeInstance {
  instanceId: string;
  state: string;
  zone: string;
  tags: Record<string, string>;
  /** After `StartInstances`, the instance goes `pending` and then, at the next describe, back to `stopped`. */
  failsToStart?: boolean;
  /** Why the instance last changed state (`Server.InsufficientInstanceCapacity`), as EC2 gives it. */
  stateReason?: string;
}

export interface FakeSnapshot {
  snapshotId: string;
  status: string;
  /** ISO 8601 time the snapshot was started (its point in time). */
  startTime: string;
  /** Defaults to the server's own account, so `Owner.1=self` finds it. */
  ownerId?: string;
  tags: Record<string, string>;
}

export function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (char) => `&#${char.charCodeAt(0)};`);
}

function element(name: string, content: string): string {
  return `<${name}>${content}</${name}>`;
}

function text(name: string, value: string): string {
  return element(name, escapeXml(value));
}

function items(name: string, entries: readonly string[]): string {
  return element(name, entries.map((entry) => element("item", entry)).join(""));
}

function tagSet(tags: Record<string, string>): string {
  return items(
    "tagSet",
    Object.entries(tags).map(([key, value]) => text("key", key) + text("value", value)),
  );
}

/** A successful response: `<{Action}Response xmlns=…><requestId>…</requestId>{body}</{Action}Response>`. */
export function responseXml(action: string, flavour: ApiFlavour, requestId: string, body: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<${action}Response xmlns="${NAMESPACES[flavour]}">${text("requestId", requestId)}${body}</${action}Response>`
  );
}

/** An EC2 error response (`<Response><Errors><Error>…`). */
export function errorXml(code: string, message: string, requestId: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<Response><Errors><Error>${text("Code", code)}${text("Message", message)}</Error></Errors>` +
    `${text("RequestID", requestId)}</Response>`
  );
}

export function zonesBody(region: string, zones: readonly FakeZone[]): string {
  return items(
    "availabilityZoneInfo",
    zones.map(
      (zone) =>
        text("zoneName", zone.zoneName) +
        text("zoneState", zone.state) +
        text("regionName", region) +
        items(
          "messageSet",
          (zone.messages ?? []).map((message) => text("message", message)),
        ),
    ),
  );
}

export function imagesBody(images: readonly FakeImage[]): string {
  return items(
    "imagesSet",
    images.map(
      (image) =>
        text("imageId", image.imageId) + text("imageState", image.state) + text("name", image.name ?? image.imageId),
    ),
  );
}

export function instancesBody(instances: readonly FakeInstance[], nextToken: string | undefined): string {
  const reservations = instances.map(
    (instance) =>
      text("reservationId", `r-${instance.instanceId}`) +
      items("instancesSet", [
        text("instanceId", instance.instanceId) +
          element("instanceState", text("code", String(stateCode(instance.state))) + text("name", instance.state)) +
          element("placement", text("availabilityZone", instance.zone)) +
          (instance.stateReason
            ? element("stateReason", text("code", instance.stateReason) + text("message", instance.stateReason))
            : "") +
          tagSet(instance.tags),
      ]),
  );
  return items("reservationSet", reservations) + (nextToken ? text("nextToken", nextToken) : "");
}

/** The answer to `StartInstances`: each instance's state before and after. */
export function startingBody(
  changes: ReadonlyArray<{ instanceId: string; previous: string; current: string }>,
): string {
  return items(
    "instancesSet",
    changes.map(
      (change) =>
        text("instanceId", change.instanceId) +
        element("currentState", text("code", String(stateCode(change.current))) + text("name", change.current)) +
        element("previousState", text("code", String(stateCode(change.previous))) + text("name", change.previous)),
    ),
  );
}

export function snapshotsBody(
  snapshots: readonly FakeSnapshot[],
  ownerId: string,
  nextToken: string | undefined,
): string {
  return (
    items(
      "snapshotSet",
      snapshots.map(
        (snapshot) =>
          text("snapshotId", snapshot.snapshotId) +
          text("status", snapshot.status) +
          text("startTime", snapshot.startTime) +
          text("progress", snapshot.status === "completed" ? "100%" : "40%") +
          text("ownerId", snapshot.ownerId ?? ownerId) +
          tagSet(snapshot.tags),
      ),
    ) + (nextToken ? text("nextToken", nextToken) : "")
  );
}

function stateCode(state: string): number {
  const codes: Record<string, number> = { pending: 0, running: 16, "shutting-down": 32, terminated: 48, stopping: 64 };
  return codes[state] ?? 80;
}

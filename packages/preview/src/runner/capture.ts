import { toJsonValue } from "./json-value";
import { mockInvoke, mockState, type ProviderSettings } from "./mock-values";
import type { CapturedResource, JsonValue } from "./protocol";

/** The part of a Pulumi register/read request the recorder reads. */
interface ResourceRequest {
  getType(): string;
  getName(): string;
  getParent(): string;
  getProtect?(): boolean;
  getPropertydependenciesMap?(): { forEach(callback: (value: { getUrnsList(): string[] }, key: string) => void): void };
}

type MonitorMethod = (request: ResourceRequest, callback: unknown) => unknown;

/** The part of Pulumi's `MockMonitor` the recorder wraps. */
export interface MockMonitorLike {
  registerResource: MonitorMethod;
  readResource?: MonitorMethod;
  newUrn(parent: string, type: string, name: string): string;
}

interface MockResourceArgs {
  type: string;
  name: string;
  inputs: unknown;
  provider?: string;
  custom?: boolean;
}

interface MockCallArgs {
  token: string;
  inputs: unknown;
  provider?: string;
}

/**
 * Records every resource a program registers under `pulumi.runtime.setMocks`. Pulumi's mocks see type, name, inputs,
 * provider and custom, but not the parent: the recorder wraps the mock monitor so that, for each request, it knows
 * the parent and URN. The monitor calls `mocks.newResource` synchronously from the request, which is what lets the
 * two be matched (checked by type and name; a mismatch only loses the parent).
 */
export class ResourceRecorder {
  readonly resources: CapturedResource[] = [];
  private readonly byUrn = new Map<string, CapturedResource>();
  private current:
    | { type: string; name: string; parent: string; urn: string; protect: boolean; dependencies: Dependencies }
    | undefined;
  private monitor: MockMonitorLike | undefined;

  /** The mocks to pass to `pulumi.runtime.setMocks`. */
  readonly mocks = {
    newResource: (args: MockResourceArgs) => this.newResource(args),
    call: (args: MockCallArgs) => {
      const inputs = toJsonValue(args.inputs) as Record<string, JsonValue>;
      return mockInvoke(args.token, inputs ?? {}, this.providerSettings(args.provider));
    },
  };

  /** Wraps the monitor `setMocks` installed (from `pulumi.runtime.getMonitor()`). */
  attach(monitor: MockMonitorLike): void {
    this.monitor = monitor;
    monitor.registerResource = this.wrap(monitor.registerResource.bind(monitor));
    if (monitor.readResource) monitor.readResource = this.wrap(monitor.readResource.bind(monitor));
  }

  private wrap(method: MonitorMethod): MonitorMethod {
    return (request, callback) => {
      const type = request.getType();
      const name = request.getName();
      const parent = request.getParent();
      const urn = this.monitor!.newUrn(parent, type, name);
      const protect = request.getProtect?.() === true;
      this.current = { type, name, parent, urn, protect, dependencies: propertyDependencies(request) };
      try {
        return method(request, callback);
      } finally {
        this.current = undefined;
      }
    };
  }

  private newResource(args: MockResourceArgs): { id: string; state: Record<string, JsonValue> } {
    const inputs = (toJsonValue(args.inputs) ?? {}) as Record<string, JsonValue>;
    const request = this.current?.type === args.type && this.current.name === args.name ? this.current : undefined;
    const provider = args.provider ? providerUrn(args.provider) : null;
    const resource: CapturedResource = {
      urn: request?.urn ?? `urn:unknown::${args.type}::${args.name}`,
      type: args.type,
      name: args.name,
      custom: args.custom ?? true,
      parent: request?.parent ? request.parent : null,
      provider,
      // Recorded only when set, so that a capture reads as before for resources that use neither.
      ...(request?.protect ? { protect: true } : {}),
      ...(request && Object.keys(request.dependencies).length > 0 ? { dependencies: request.dependencies } : {}),
      inputs,
    };
    this.resources.push(resource);
    this.byUrn.set(resource.urn, resource);
    return {
      id: `${args.name}-id`,
      state: mockState(args.type, args.name, inputs, this.providerSettings(args.provider)),
    };
  }

  /** The region of the provider behind a provider reference (`<urn>::<id>`), when it was captured. */
  private providerSettings(reference: string | undefined): ProviderSettings | undefined {
    if (!reference) return undefined;
    const region = this.byUrn.get(providerUrn(reference))?.inputs.region;
    return typeof region === "string" ? { region } : undefined;
  }
}

type Dependencies = Record<string, string[]>;

/** The resources each input depends on (the URNs behind its outputs), by input name. */
function propertyDependencies(request: ResourceRequest): Dependencies {
  const result: Dependencies = {};
  request.getPropertydependenciesMap?.().forEach((value, key) => {
    const urns = value.getUrnsList();
    if (urns.length > 0) result[key] = [...urns].sort();
  });
  return result;
}

/** A provider reference is `<provider urn>::<provider id>`. */
function providerUrn(reference: string): string {
  const index = reference.lastIndexOf("::");
  return index > 0 ? reference.slice(0, index) : reference;
}

import * as pulumi from "@pulumi/pulumi";
import { resetManifestRegistry } from "../manifest-registry";

/** Resource inputs as the mocks see them: arbitrary JSON that tests index freely. */
// biome-ignore lint/suspicious/noExplicitAny: tests index mock inputs without narrowing every level
export type Inputs = Record<string, any>;

/** One `newResource` call seen by the mocks. */
export interface RecordedResource {
  type: string;
  name: string;
  inputs: Inputs;
  /** `urn::id` of the explicit provider, when there is one. */
  provider: string | undefined;
}

/** Every resource registered since the mocks were installed (or `clear`ed). */
export class Recorder {
  readonly resources: RecordedResource[] = [];

  clear(): void {
    this.resources.length = 0;
  }

  ofType(type: string): RecordedResource[] {
    return this.resources.filter((resource) => resource.type === type);
  }

  named(name: string): RecordedResource {
    const found = this.resources.find((resource) => resource.name === name);
    if (!found) throw new Error(`no resource named ${name}; have: ${this.names().join(", ")}`);
    return found;
  }

  names(type?: string): string[] {
    return (type ? this.ofType(type) : this.resources).map((resource) => resource.name).sort();
  }

  /** `type name` lines, sorted: the whole stack at a glance for exact assertions. */
  inventory(prefix = ""): string[] {
    return this.resources
      .filter((resource) => resource.name.startsWith(prefix))
      .map((resource) => `${resource.type.split(":").pop()} ${resource.name}`)
      .sort();
  }
}

const JEST_STACK_TRACE_LIMIT = Error.stackTraceLimit;

/** Outputs the real providers compute, good enough for the components to wire resources together. */
function fakeOutputs(type: string, name: string, inputs: Inputs): Record<string, unknown> {
  const base = { ...inputs, arn: `arn:mock:${type}:${name}` };
  switch (type) {
    case "aws:s3/bucket:Bucket":
      return { ...base, bucket: inputs.bucket ?? `${name}-bucket` };
    case "aws:elb/loadBalancer:LoadBalancer":
      return { ...base, name: inputs.name ?? name, dnsName: `${name}.elb.example`, zoneId: "ZELB" };
    case "aws:autoscaling/group:Group":
      return { ...base, name: inputs.name ?? name };
    case "aws:ec2/instance:Instance":
      return { ...base, rootBlockDevice: { ...(inputs.rootBlockDevice ?? {}), volumeId: `${name}-root` } };
    case "aws:backup/vault:Vault":
      return { ...base, name: inputs.name ?? name };
    case "aws:iam/role:Role":
      return { ...base, name: inputs.name ?? name };
    default:
      return base;
  }
}

export interface MockOptions {
  /** Run as `pulumi preview` with every resource output unknown (no state returned). */
  unknownOutputs?: boolean;
  /** Pulumi config values, such as `{ "relais:evacuate": "gov-a" }`. */
  config?: Record<string, string>;
}

/** Installs Pulumi mocks that record every resource; call before constructing components. */
export function installMocks(options: MockOptions = {}): Recorder {
  // Pulumi captures a stack trace per registration and Jest raises the limit to 100 frames, which makes mocked
  // stacks several times slower: no frames while resources register, Jest's limit again once they are settled.
  Error.stackTraceLimit = 0;
  // Each test is a program run of its own: it must not see the manifests of the plans earlier tests created.
  resetManifestRegistry();
  const recorder = new Recorder();
  pulumi.runtime.setAllConfig(options.config ?? {});
  pulumi.runtime.setMocks(
    {
      newResource(args) {
        recorder.resources.push({ type: args.type, name: args.name, inputs: args.inputs, provider: args.provider });
        if (options.unknownOutputs) return { id: undefined, state: {} };
        return { id: `${args.name}-id`, state: fakeOutputs(args.type, args.name, args.inputs) };
      },
      call(args) {
        return args.inputs;
      },
    },
    "relais-test",
    "test",
    options.unknownOutputs ?? false,
  );
  return recorder;
}

/** Waits until every pending resource registration has reached the mocks (bounded by `timeoutMs`). */
export async function settleRegistrations(timeoutMs = 10_000): Promise<void> {
  const waitForRPCs = (pulumi.runtime as unknown as { waitForRPCs(): Promise<void> }).waitForRPCs;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`resource registrations still pending after ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  try {
    await Promise.race([waitForRPCs(), timeout]);
  } finally {
    clearTimeout(timer);
    Error.stackTraceLimit = JEST_STACK_TRACE_LIMIT;
  }
}

/** Resolves an output's value with a timeout (tests must never hang on an unknown). */
export function resolved<T>(output: pulumi.Output<T>, timeoutMs = 10_000): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`output not resolved after ${timeoutMs} ms`)), timeoutMs);
    output.apply((value) => {
      clearTimeout(timer);
      resolve(value);
      return value;
    });
  });
}

/** The provider (`urn::id`) name part: `…::acme-gov-a::acme-gov-a-id` → `acme-gov-a`. */
export function providerName(reference: string | undefined): string | undefined {
  if (!reference) return undefined;
  const urn = reference.split("::").slice(0, -1).join("::");
  return urn.split("::").pop();
}

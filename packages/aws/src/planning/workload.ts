import type * as pulumi from "@pulumi/pulumi";
import type { ProviderName } from "@relais/policy";
import { z } from "zod";
import { input } from "../components/parse-args";

export const HEALTH_PROTOCOLS = ["HTTPS", "HTTP", "TCP"] as const;
export type HealthProtocol = (typeof HEALTH_PROTOCOLS)[number];

/** Default instance types: Outscale names them `tinavW.cXrYpZ` (generation, vCPUs, GiB of RAM, performance). */
export const DEFAULT_INSTANCE_TYPE: Readonly<Record<"aws" | "aws-eusc" | "outscale", string>> = {
  aws: "t3.medium",
  "aws-eusc": "t3.medium",
  outscale: "tinav5.c2r4p2",
};

/** The address, port and health check of an endpoint: a site of a `FailoverService` or an `ExternalWorkload`. */
export interface EndpointSettings {
  port: number;
  protocol: HealthProtocol;
  path: string;
}

/** TLS on 443 by default; plain HTTP on any other port unless told. */
export function defaultProtocol(port: number): HealthProtocol {
  return port === 443 ? "HTTPS" : "HTTP";
}

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/** Whether an endpoint address is a host name or an IP address; an unknown (Output) address is a name. */
export function addressType(address: pulumi.Input<string>, declared?: "fqdn" | "ip"): "fqdn" | "ip" {
  if (declared) return declared;
  return typeof address === "string" && IPV4.test(address) ? "ip" : "fqdn";
}

const Port = z.number().int().min(1).max(65535);
const Path = z.string().startsWith("/", { error: "a health-check path starts with /" });

/** The plain-data schema of a cloud site's workload settings (`SiteWorkload`). */
export const SiteWorkloadSchema = z.strictObject({
  imageId: input(z.string().min(1)),
  instanceType: input(z.string().min(1)).optional(),
  vpcId: input(z.string().min(1)),
  subnetIds: input(
    z.array(input(z.string().min(1))).min(1, { error: "give at least one subnet id" }),
    "a non-empty list of subnet ids",
  ),
  userData: input(z.string(), "a string").optional(),
  port: Port.default(443),
  healthCheckPath: Path.default("/health"),
  healthCheckProtocol: z.enum(HEALTH_PROTOCOLS).optional(),
  associatePublicIp: z.boolean().default(false),
  ingressCidrs: z.array(z.string().min(1)).default(["0.0.0.0/0"]),
  endpoint: input(z.string().min(1)).optional(),
  endpointType: z.enum(["fqdn", "ip"]).optional(),
  loadBalancer: z.boolean().default(false),
  rootVolumeSize: z.number().int().positive().optional(),
  rootDeviceName: z.string().min(1).default("/dev/xvda"),
  keyName: input(z.string().min(1)).optional(),
});

export type ParsedSiteWorkload = z.output<typeof SiteWorkloadSchema>;

/** The plain-data schema of an external endpoint (`ExternalEndpoint`). */
export const ExternalEndpointSchema = z.strictObject({
  address: input(z.string().min(1)),
  addressType: z.enum(["fqdn", "ip"]).optional(),
  port: Port.default(443),
  protocol: z.enum(HEALTH_PROTOCOLS).optional(),
  path: Path.default("/health"),
});

/** The instance type of a cloud site: the one given, or the provider's default. */
export function instanceTypeFor(provider: ProviderName, given: pulumi.Input<string> | undefined): pulumi.Input<string> {
  if (given !== undefined) return given;
  return DEFAULT_INSTANCE_TYPE[provider as "aws" | "aws-eusc" | "outscale"];
}

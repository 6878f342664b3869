import type * as pulumi from "@pulumi/pulumi";
import { z } from "zod";
import type { HealthProtocol } from "../planning/workload";
import { ContinuityPlan } from "./continuity-plan";
import { CrisisCell } from "./crisis-cell";
import type { ExternalWorkload } from "./external-workload";
import { input } from "./parse-args";

/** Workload settings of a cloud site of a `FailoverService`. */
export interface SiteWorkload {
  /** Machine image the site runs (an AMI on AWS, an OMI on Outscale). Recorded in the manifest. */
  imageId: pulumi.Input<string>;
  /** Instance type. @default "t3.medium" on aws and aws-eusc, "tinav5.c2r4p2" on outscale (`tinavW.cXrYpZ`) */
  instanceType?: pulumi.Input<string>;
  /** VPC (Outscale: Net) of the site's subnets. */
  vpcId: pulumi.Input<string>;
  /**
   * Subnets the units run in; instances are spread over them in order. A list, or an output of one (awsx
   * `Vpc.privateSubnetIds`).
   */
  subnetIds: pulumi.Input<pulumi.Input<string>[]>;
  /** User data (plain text; encoded for launch templates). @default none */
  userData?: pulumi.Input<string>;
  /** Port that serves the service and its health checks. @default 443 */
  port?: number;
  /** Health-check path (HTTP and HTTPS). @default "/health" */
  healthCheckPath?: string;
  /** Health-check protocol. @default "HTTPS" on port 443, else "HTTP" */
  healthCheckProtocol?: HealthProtocol;
  /** Give units a public IP address. @default false */
  associatePublicIp?: boolean;
  /** CIDR blocks admitted on the service port. @default ["0.0.0.0/0"] (units have no public IP by default) */
  ingressCidrs?: string[];
  /**
   * Address that reaches the site's units (a reverse proxy, an Elastic IP, a load balancer of your own), used by
   * the Route 53 health check and record. Not needed when the site has a load balancer.
   * @default the site's load balancer, if any
   */
  endpoint?: pulumi.Input<string>;
  /** Whether `endpoint` is a host name or an IP address. @default "ip" for a literal IPv4 address, else "fqdn" */
  endpointType?: "fqdn" | "ip";
  /**
   * Put a load balancer (classic ELB API; Outscale LBU) in front of the site's units. With
   * `traffic.method: load-balancer` every region of the service gets one whatever this says.
   * @default false
   */
  loadBalancer?: boolean;
  /** Root volume size in GiB. @default the image's */
  rootVolumeSize?: number;
  /** Root device name of the image, for the launch template's encrypted root volume. @default "/dev/xvda" */
  rootDeviceName?: string;
  /** SSH key pair name. @default none */
  keyName?: pulumi.Input<string>;
}

/** Route 53 settings of a `FailoverService`. */
export interface FailoverDns {
  /** Hosted zone of the record. */
  hostedZoneId: pulumi.Input<string>;
  /** Record name, such as `pay.acme.example`. */
  recordName: pulumi.Input<string>;
  /** Site whose provider manages Route 53. @default the plan's first site with Route 53 (aws, aws-eusc) */
  site?: string;
}

/** Data settings of a `FailoverService`. */
export interface FailoverData {
  /**
   * For replication modes: `s3` creates a bucket per cloud site with S3 replication; `application` creates no
   * storage (the application replicates, e.g. database streaming replication). Outscale OOS has no replication.
   * @default "s3"
   */
  storage?: "s3" | "application";
  /** Days AWS Backup keeps recovery points (and their copies). @default 35 */
  backupRetentionDays?: number;
  /** Let `pulumi destroy` delete buckets that still hold objects. @default false */
  forceDestroy?: boolean;
}

/** Arguments of a `FailoverService`. */
export interface FailoverServiceArgs {
  /** The plan whose policy defines the service. */
  plan: ContinuityPlan;
  /** The policy service id. */
  service: string;
  /** Every site of the service: workload settings for a cloud site, an `ExternalWorkload` for an external one. */
  sites: Record<string, SiteWorkload | ExternalWorkload>;
  /** Route 53 health checks and records (DNS-based and manual methods). @default none: no Route 53 resource */
  dns?: FailoverDns;
  /** Crisis cell whose topic the health-check alarms notify. @default none */
  crisisCell?: CrisisCell;
  /** Data settings. @default { storage: "s3", backupRetentionDays: 35, forceDestroy: false } */
  data?: FailoverData;
}

/** The schema the arguments are validated with before any child exists. */
export const FailoverServiceArgsSchema = z.strictObject({
  plan: z.instanceof(ContinuityPlan, { error: "plan must be a ContinuityPlan" }),
  service: z.string().min(1),
  sites: z.record(z.string(), z.unknown()),
  dns: z
    .strictObject({
      hostedZoneId: input(z.string().min(1)),
      recordName: input(z.string().min(1)),
      site: z.string().min(1).optional(),
    })
    .optional(),
  crisisCell: z.instanceof(CrisisCell, { error: "crisisCell must be a CrisisCell" }).optional(),
  data: z
    .strictObject({
      storage: z.enum(["s3", "application"]).default("s3"),
      backupRetentionDays: z.number().int().min(1).default(35),
      forceDestroy: z.boolean().default(false),
    })
    .prefault({}),
});

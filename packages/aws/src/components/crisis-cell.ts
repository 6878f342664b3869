import { BucketObjectv2 } from "@pulumi/aws/s3";
import { Topic, TopicSubscription } from "@pulumi/aws/sns";
import * as pulumi from "@pulumi/pulumi";
import type { CrisisCellSpec } from "@relais/policy";
import { z } from "zod";
import { requireCapability } from "../capabilities";
import { bindError, ComponentError, componentLabel } from "../errors";
import { createSecureBucket, type SecureBucket } from "../resources/buckets";
import { relaisTags } from "../tags";
import { ContinuityPlan, type PlanSite } from "./continuity-plan";
import { input, parseArgs } from "./parse-args";
import { requireSecureBucket } from "./secure-defaults";

export const CRISIS_CELL_TYPE = "relais:aws:CrisisCell";

/** Arguments of a `CrisisCell`. */
export interface CrisisCellArgs {
  /** The plan whose policy's `crisisCell` section gives the roles and contacts. */
  plan: ContinuityPlan;
  /**
   * Site of the plan vault: a cloud site with buckets, never an office, so the plan can be read when the office
   * cannot.
   * @default the first cloud site of the policy (in policy order)
   */
  vaultSite?: string;
  /**
   * Site whose SNS hosts the notification topic, or `false` for no topic.
   * @default the first site of the policy with SNS (aws, aws-eusc); no topic when there is none
   */
  topicSite?: string | false;
  /**
   * Region of the topic. CloudWatch alarms notify topics of their own region only, and Route 53 health-check
   * alarms live in us-east-1 in the `aws` partition: set `us-east-1` there.
   * @default the topic site's region
   */
  topicRegion?: string;
  /** Documents to keep in the vault, by object key (such as the rendered plan from `relais docs`). @default {} */
  documents?: Record<string, pulumi.Input<string>>;
  /** Let `pulumi destroy` delete a vault that still holds documents. @default false */
  forceDestroy?: boolean;
  /**
   * Days each document version stays locked (Object Lock, COMPLIANCE mode) in a vault on Outscale, where Object
   * Lock stands in for the public access block OOS lacks.
   * @default 30
   */
  vaultRetentionDays?: number;
}

const Args = z.strictObject({
  plan: z.instanceof(ContinuityPlan, { error: "plan must be a ContinuityPlan" }),
  vaultSite: z.string().min(1).optional(),
  topicSite: z.union([z.string().min(1), z.literal(false)]).optional(),
  topicRegion: z.string().min(1).optional(),
  documents: z.record(z.string().min(1), input(z.string(), "a string")).default({}),
  forceDestroy: z.boolean().default(false),
  vaultRetentionDays: z.number().int().min(1).default(30),
});

/** A contact subscription to create: email per role, SMS per role phone (E.164, spaces removed). */
export function planSubscriptions(
  crisisCell: CrisisCellSpec,
): Array<{ role: string; protocol: "email" | "sms"; endpoint: string }> {
  return crisisCell.roles.flatMap((role) => [
    ...(role.email ? [{ role: role.role, protocol: "email" as const, endpoint: role.email }] : []),
    ...(role.phone
      ? [{ role: role.role, protocol: "sms" as const, endpoint: role.phone.replace(/[\s().-]/g, "") }]
      : []),
  ]);
}

/**
 * The crisis cell: an SNS topic with a subscription for each role's email and phone (alarms of the services
 * notify it), and a private, versioned, encrypted "plan vault" bucket on a cloud site holding the plan.
 */
export class CrisisCell extends pulumi.ComponentResource {
  /** The notification topic, when a site offers SNS. */
  readonly topic: Topic | undefined;
  /** Region of the topic, or null. */
  readonly topicRegion: string | null;
  /** The plan vault. */
  readonly vault: SecureBucket;
  /** Site of the plan vault. */
  readonly vaultSite: string;

  constructor(name: string, args: CrisisCellArgs, opts?: pulumi.ComponentResourceOptions) {
    super(CRISIS_CELL_TYPE, name, {}, opts);
    try {
      const label = componentLabel("CrisisCell", name);
      const parsed = parseArgs(label, Args, args);
      const { plan } = parsed;
      const policy = plan.policy;
      if (!policy.crisisCell) {
        throw new ComponentError(
          label,
          `policy ${policy.metadata.name} has no crisisCell section.`,
          "add crisisCell with assembleWithin and at least one role to the policy",
        );
      }
      const vaultSite = this.vaultSiteOf(label, plan, parsed.vaultSite);
      requireSecureBucket(label, plan, vaultSite, "the plan vault");
      const topicSite = this.topicSiteOf(label, plan, parsed.topicSite);
      const tags = (site: string) =>
        relaisTags({ policy: policy.metadata.name, service: "-", tier: "-", site, role: "shared" });

      this.topicRegion = topicSite ? (parsed.topicRegion ?? topicSite.region) : null;
      if (topicSite) {
        const options = { parent: this, provider: topicSite.provider };
        const topic = new Topic(
          `${name}-topic`,
          {
            displayName: `Crisis cell ${policy.metadata.name}`,
            ...(parsed.topicRegion ? { region: parsed.topicRegion } : {}),
            tags: tags(topicSite.id),
          },
          options,
        );
        for (const subscription of planSubscriptions(policy.crisisCell)) {
          new TopicSubscription(
            `${name}-${subscription.role}-${subscription.protocol}`,
            {
              topic: topic.arn,
              protocol: subscription.protocol,
              endpoint: subscription.endpoint,
              ...(parsed.topicRegion ? { region: parsed.topicRegion } : {}),
            },
            options,
          );
        }
        this.topic = topic;
      }

      this.vaultSite = vaultSite.id;
      // Where the public access block is missing, Object Lock keeps the plan from being erased or overwritten.
      const lock = vaultSite.has("s3PublicAccessBlock") ? undefined : { retentionDays: parsed.vaultRetentionDays };
      this.vault = createSecureBucket(
        `${name}-vault`,
        vaultSite,
        tags(vaultSite.id),
        parsed.forceDestroy,
        { parent: this },
        lock,
      );
      for (const [key, content] of Object.entries(parsed.documents)) {
        new BucketObjectv2(
          `${name}-document-${key.replace(/[^A-Za-z0-9-]/g, "-")}`,
          { bucket: this.vault.bucket.bucket, key, content, serverSideEncryption: "AES256", tags: tags(vaultSite.id) },
          { parent: this, provider: vaultSite.provider, dependsOn: [this.vault.versioning] },
        );
      }
      plan.attachCrisisCell(label, { vaultSite: vaultSite.id, topic: topicSite !== null });
    } catch (error) {
      throw bindError(error, this);
    }
    this.registerOutputs({ topicArn: this.topic?.arn, vaultBucket: this.vault.bucket.bucket });
  }

  /**
   * The topic ARN for a CloudWatch alarm in `region`, or undefined when the crisis cell has no topic. A topic in
   * another region cannot receive the alarm: that is a construction error of the asking component.
   */
  topicArnFor(component: string, region: string): pulumi.Output<string> | undefined {
    if (!this.topic) return undefined;
    if (this.topicRegion !== region) {
      throw new ComponentError(
        component,
        `its health-check alarms live in ${region}, but the crisis cell's topic is in ${this.topicRegion}; CloudWatch alarms only notify topics of their own region.`,
        `create the CrisisCell with topicRegion: "${region}"`,
      );
    }
    return this.topic.arn;
  }

  private vaultSiteOf(label: string, plan: ContinuityPlan, requested: string | undefined): PlanSite {
    const site = requested === undefined ? plan.firstSiteWith("s3") : plan.site(requested);
    if (!site) {
      throw new ComponentError(
        label,
        `the plan vault needs a cloud site with buckets, but policy ${plan.policy.metadata.name} has none.`,
        "add an aws, aws-eusc or outscale site to the policy",
      );
    }
    requireCapability({
      component: label,
      site: site.id,
      provider: site.spec.provider,
      capability: "s3",
      purpose: "for the plan vault (an office or an external site cannot hold it)",
      hint: "set vaultSite to a cloud site (aws, aws-eusc, outscale)",
    });
    return site;
  }

  private topicSiteOf(label: string, plan: ContinuityPlan, requested: string | false | undefined): PlanSite | null {
    if (requested === false) return null;
    if (requested === undefined) return plan.firstSiteWith("sns") ?? null;
    const site = plan.site(requested);
    requireCapability({
      component: label,
      site: site.id,
      provider: site.spec.provider,
      capability: "sns",
      purpose: "for the crisis cell's notification topic",
      hint: "set topicSite to an aws or aws-eusc site, or to false for no topic",
    });
    return site;
  }
}

import { z } from "zod";
import { CountryCode, NonNegativeInt } from "./primitives";

export const Provider = z.enum(["aws", "aws-eusc", "outscale", "on-premises", "colocation", "office"]);

/** The providers that are clouds, whose sites need a region and get a Pulumi provider. */
export const CLOUD_PROVIDERS = ["aws", "aws-eusc", "outscale"] as const;

export const KNOWN_QUALIFICATIONS = ["secnumcloud", "hds", "iso27001", "c5", "soc2", "pci-dss"] as const;

/** A place where workloads or people are: a cloud region or zone, a datacenter room, a colocation, an office. */
export const Site = z.strictObject({
  provider: Provider.meta({ description: "who runs the site" }),
  region: z
    .string()
    .min(1)
    .optional()
    .meta({ description: "cloud region; required for aws, aws-eusc and outscale", examples: ["cloudgouv-eu-west-1"] }),
  zone: z
    .string()
    .min(1)
    .optional()
    .meta({
      description: "zone (subregion); a site is a zone-level failure domain when set",
      examples: ["cloudgouv-eu-west-1a"],
    }),
  location: z
    .string()
    .optional()
    .meta({ description: "free text, such as a city", examples: ["Vélizy-Villacoublay"] }),
  jurisdiction: CountryCode.meta({ description: "country whose law applies to the site (ISO 3166-1 alpha-2)" }),
  qualifications: z
    .array(z.string().min(1))
    .default([])
    .meta({ description: `free tokens; known: ${KNOWN_QUALIFICATIONS.join(", ")}` }),
  capacity: z.number().positive().optional().meta({ description: "units this site can host after failovers" }),
  staff: NonNegativeInt.optional().meta({ description: "people who normally work here (offices only)" }),
  description: z.string().optional().meta({ description: "what the site is" }),
});

/** A data class's allowed homes: jurisdictions (EU = any member state) and required qualifications. */
export const SovereigntyRule = z.strictObject({
  jurisdictions: z
    .array(z.string().regex(/^[A-Z]{2}$/, { error: "use ISO 3166-1 alpha-2 codes, or EU for any member state" }))
    .min(1)
    .meta({ description: "countries where the data may live; EU = any EU member state", examples: [["FR"]] }),
  qualifications: z
    .array(z.string().min(1))
    .default([])
    .meta({ description: "qualifications every site holding the data must have", examples: [["secnumcloud"]] }),
});

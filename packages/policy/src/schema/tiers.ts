import { z } from "zod";
import { Duration, Percentage, PositiveInt } from "./primitives";
import { Strategy } from "./services";

export const SiteSeparation = z.enum(["zone", "region", "provider"]);

/** A business impact class (ISO 22301 BIA): how fast and with how little loss its services must recover. */
export const Tier = z.strictObject({
  rto: Duration.meta({ description: "recovery time objective" }),
  rpo: Duration.meta({ description: "recovery point objective" }),
  mtpd: Duration.meta({ description: "maximum tolerable period of disruption; must be >= rto" }),
  mbco: Percentage.prefault("100%").meta({
    description:
      "minimum business continuity objective: the share of a service's required capacity at which it counts as recovered",
    examples: ["50%"],
  }),
  criticalFunction: z.boolean().optional().meta({
    description:
      "services of this tier support critical or important functions (DORA); absent means not assessed, never guessed",
  }),
  minSites: PositiveInt.default(1).meta({ description: "minimum number of sites per service" }),
  siteSeparation: SiteSeparation.default("zone").meta({
    description: "failure domain that a service's sites must not share",
  }),
  strategies: z.array(Strategy).optional().meta({ description: "allow-list of strategies for this tier" }),
  description: z.string().optional().meta({ description: "what the tier covers and why" }),
});

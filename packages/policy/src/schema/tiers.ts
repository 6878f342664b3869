import { z } from "zod";
import { Duration, PositiveInt } from "./primitives";
import { Strategy } from "./services";

export const SiteSeparation = z.enum(["zone", "region", "provider"]);

/** A business impact class (ISO 22301 BIA): how fast and with how little loss its services must recover. */
export const Tier = z.strictObject({
  rto: Duration.meta({ description: "recovery time objective" }),
  rpo: Duration.meta({ description: "recovery point objective" }),
  mtpd: Duration.meta({ description: "maximum tolerable period of disruption; must be >= rto" }),
  minSites: PositiveInt.default(1).meta({ description: "minimum number of sites per service" }),
  siteSeparation: SiteSeparation.default("zone").meta({
    description: "failure domain that a service's sites must not share",
  }),
  strategies: z.array(Strategy).optional().meta({ description: "allow-list of strategies for this tier" }),
  description: z.string().optional().meta({ description: "what the tier covers and why" }),
});

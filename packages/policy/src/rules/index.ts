import type { Rule } from "./rule";
import { tierMinSites } from "./tier-min-sites";

/** Every semantic rule of `@relais/policy`, in the order of the DESIGN.md table. Docs are generated from it. */
export const policyRules: readonly Rule[] = [tierMinSites];

/**
 * @relais/policy-pack — Pulumi CrossGuard rules that stop a deployment which breaks the continuity promises.
 *
 * As a pack: `pulumi preview --policy-pack node_modules/@relais/policy-pack/pack` (the `pack/` directory; importing
 * this module never builds a pack). As a library, for the offline preview: evaluate the rules on described resources
 * (`evaluateRules`, `policyResource`, `policyProvider`), the component type tokens the rules recognise, and the rules'
 * documentation (`rulesMarkdown`). Everything else is internal.
 */
export { CONTINUITY_PLAN_TYPE } from "./acknowledgements";
export type { PackConfigFile } from "./config";
export { evaluateRules, type Violation } from "./evaluate";
export { policyProvider, policyResource } from "./policy-resource";
export { rulesMarkdown } from "./rules-markdown";
export { FAILOVER_SERVICE_TYPE } from "./service-sites";

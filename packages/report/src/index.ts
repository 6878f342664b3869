/**
 * @relais/report — documents made from a policy and its simulation.
 *
 * The continuity plan (`renderPlan`, Markdown or HTML), the review diff of two policies (`diffPolicies`), the DORA
 * register of information (`buildRegister`, `registerCsv`, `REGISTER_TEMPLATES`), the regulatory elements a plan
 * covers (`REGIME_ELEMENTS`, `activeElements`, `elementLabel`) and the Markdown escaping the CLI's renderers share.
 * Everything else is internal.
 */
export type { ChangeKind, MatrixChange, PolicyDiff } from "./diff/change";
export { diffPolicies } from "./diff/diff";
export { type PlanFormat, type PlanOptions, renderPlan } from "./plan/render";
export { activeElements, elementLabel, REGIME_ELEMENTS } from "./regimes";
export { buildRegister, type RegisterOptions, registerCsv } from "./register/build";
export { REGISTER_TEMPLATES } from "./register/columns";
export { escapeMarkdown, markdownCode } from "./text/escape";

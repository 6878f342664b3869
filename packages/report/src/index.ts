export type { ChangeKind, MatrixChange, PolicyChange, PolicyDiff } from "./diff/change";
export { diffPolicies } from "./diff/diff";
export { compareMatrices, matrixEffect } from "./diff/matrix";
export { dependencyGraph } from "./graph/dependencies";
export type { EdgeKind, Graph, GraphEdge, GraphGroup, GraphNode, NodeKind } from "./graph/model";
export { type RecoveryStep, recoveryOrder } from "./graph/recovery-order";
export { topologyGraph } from "./graph/topology";
export { buildPlan } from "./plan/build";
export { renderHtml } from "./plan/html";
export { type CollectOptions, collectPlanInputs, type PlanInputs } from "./plan/inputs";
export { renderMarkdown } from "./plan/markdown";
export type { Block, Cell, Inline, KeyFigure, PlanDocument, Section, Text, Tone } from "./plan/model";
export { type PlanFormat, type PlanOptions, renderPlan } from "./plan/render";
export {
  activeElements,
  coverage,
  type ElementId,
  elementLabel,
  REGIME_ELEMENTS,
  REGIME_SOURCES,
  type RegimeElement,
} from "./regimes";
export {
  buildRegister,
  functionId,
  hours,
  type RegisterMode,
  type RegisterOptions,
  type RegisterTable,
  registerCsv,
} from "./register/build";
export { type ColumnSpec, filingCode, REGISTER_TEMPLATES, type TemplateSpec } from "./register/columns";
export { toCsv } from "./register/csv";
export { ictReliances, type Reliance, type RelianceLevel } from "./register/reliance";
export { escapeHtml, escapeMarkdown, markdownCode } from "./text/escape";

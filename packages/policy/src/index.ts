export {
  type CatalogueProvider,
  type CatalogueRegion,
  catalogueRegion,
  catalogueRegions,
  isCatalogueProvider,
  SITE_CATALOGUE,
} from "./catalogue";
export { allowedDataClasses, type ResidencyGap, residencyGap } from "./data-residency";
export { addSeconds, daysBetween, isIsoDate } from "./date";
export { generatedFiles } from "./docs/generated-files";
export { renderPolicyFormatDoc } from "./docs/policy-format-doc";
export { renderRulesDoc } from "./docs/rules-doc";
export { DURATION_FORMS, formatDuration, parseDuration } from "./duration";
export { type Finding, formatPath, sortFindings } from "./finding";
export {
  FINDING_CODES,
  type FindingCode,
  type FindingCodeFrom,
  type FindingCodeInfo,
  type FindingSource,
  type Severity,
  severityOf,
} from "./finding-codes";
export { providerLoss, regionLoss, siteLoss, supplierOutage } from "./generated-scenario-ids";
export { type HostingProvider, hostedSites, hostingProviders, ictProviderIds, PROVIDER_NAMES } from "./hosting";
export { INPUT_ERROR_BRAND, InputError } from "./input-error";
export { policyJsonSchema } from "./json-schema";
export { EU_MEMBER_STATES } from "./jurisdictions";
export {
  MAX_POLICY_BYTES,
  type ParsedText,
  PolicyFileError,
  parsePolicyText,
  policyTextOf,
  readPolicyFile,
} from "./load";
export {
  type AcceptedRisk,
  DataMechanism,
  MANIFEST_REGISTRY_KEY,
  MANIFEST_VERSION,
  Manifest,
  type ManifestPlacement,
  type ManifestService,
  type ManifestSite,
} from "./manifest";
export { formatPercentage, parsePercentage } from "./percentage";
export { policyRules } from "./rules";
export {
  basisPoints,
  lostOffices,
  type RemoteNeed,
  remoteDurationExceeded,
  remoteNeed,
  type Staffing,
  staffAt,
  staffing,
} from "./rules/people-judgement";
export { type Rule, type RuleContext, runRules, type Violation } from "./rules/rule";
export { lostHost, lostSites } from "./scenario-sites";
export { Criticality } from "./schema/organisation";
export * from "./schema/policy";
export { ID_PATTERN } from "./schema/primitives";
export { KNOWN_CAUSES, SCENARIO_KINDS } from "./schema/scenarios";
export { DataClass, type Dependency, DNS_METHODS, Strategy, TrafficMethod } from "./schema/services";
export { CLOUD_PROVIDERS, KNOWN_QUALIFICATIONS, Provider } from "./schema/sites";
export { SiteSeparation } from "./schema/tiers";
export { parsePolicyData, type SchemaResult } from "./schema-findings";
export { activeSites, failoverOrder, SiteRole, siteRole } from "./site-role";
export { editDistance, nearest } from "./suggest";
export { strictestTiers } from "./tier-order";
export { failureDomain, knownSites, regionKey, type Separation } from "./topology";
export { type ValidateOptions, type ValidationResult, validatePolicy } from "./validate";

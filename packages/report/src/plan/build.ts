import { activeElements } from "../regimes";
import type { PlanInputs } from "./inputs";
import type { KeyFigure, PlanDocument, Section } from "./model";
import { acceptedRisksSection } from "./sections/accepted-risks";
import { activationSection } from "./sections/activation";
import { biaSection } from "./sections/bia";
import { commitmentsSection } from "./sections/commitments";
import { crisisCellSection } from "./sections/crisis-cell";
import { dependenciesSection } from "./sections/dependencies";
import { exercisesSection } from "./sections/exercises";
import { findingsSection } from "./sections/findings";
import { incidentHandlingSection } from "./sections/incident-handling";
import { peopleSection } from "./sections/people";
import { purposeSection } from "./sections/purpose";
import { recoveryOrderSection } from "./sections/recovery-order";
import { reportingSection } from "./sections/reporting";
import { resourcesSection } from "./sections/resources";
import { nextReview, reviewSection } from "./sections/review";
import { runbooksSection } from "./sections/runbooks";
import { scenarioMatrixSection } from "./sections/scenario-matrix";
import { sitesSection } from "./sections/sites";
import { stagesSection } from "./sections/stages";
import { suppliersSection } from "./sections/suppliers";
import { topologySection } from "./sections/topology";
import { traceabilitySection } from "./sections/traceability";

/** The sections after the purpose and the traceability table, in document order. */
const BODY = [
  biaSection,
  recoveryOrderSection,
  sitesSection,
  topologySection,
  resourcesSection,
  acceptedRisksSection,
  dependenciesSection,
  scenarioMatrixSection,
  runbooksSection,
  crisisCellSection,
  activationSection,
  stagesSection,
  peopleSection,
  suppliersSection,
  commitmentsSection,
  reportingSection,
  incidentHandlingSection,
  exercisesSection,
  findingsSection,
  reviewSection,
] as const;

/** Builds the plan document from its inputs. Pure and deterministic: the same inputs give the same document. */
export function buildPlan(input: PlanInputs): PlanDocument {
  const { policy } = input;
  // Sections keep only the elements of the regimes the policy answers to.
  const active = new Set(activeElements(policy).map((element) => element.id));
  const scoped = (section: Section): Section => ({
    ...section,
    covers: section.covers.filter((id) => active.has(id)),
  });
  const purpose = scoped(purposeSection(input));
  const body = BODY.flatMap((build) => {
    const section = build(input);
    return section ? [scoped(section)] : [];
  });
  const placeholder: Section = { id: "traceability", title: "Regulatory traceability", covers: [], blocks: [] };
  const traceability = traceabilitySection(policy, [purpose, placeholder, ...body]);
  return {
    title: `Business continuity plan: ${policy.metadata.name}`,
    policy: policy.metadata.name,
    subtitle: policy.metadata.description,
    generatedOn: input.today,
    source: input.source,
    control: [
      ["Owner", policy.metadata.owner],
      ["Last review", policy.metadata.reviewedOn ?? "not recorded"],
      ["Next review", nextReview(input)],
      ["As of", input.today],
    ],
    figures: keyFigures(input),
    sections: [purpose, traceability, ...body],
  };
}

function keyFigures({ policy, matrix, findings }: PlanInputs): KeyFigure[] {
  const { summary } = matrix;
  const notRecovered = summary.down + summary.degraded;
  const warnings = findings.filter((finding) => finding.severity === "warning").length;
  const errors = findings.length - warnings;
  const figure = (value: number, singular: string, plural: string, tone?: KeyFigure["tone"]): KeyFigure => ({
    label: value === 1 ? singular : plural,
    value: String(value),
    ...(tone ? { tone } : {}),
  });
  return [
    figure(Object.keys(policy.services).length, "service", "services"),
    figure(Object.keys(policy.sites).length, "site", "sites"),
    figure(Object.keys(policy.suppliers).length, "supplier", "suppliers"),
    figure(summary.scenarios, "scenario simulated", "scenarios simulated"),
    figure(
      notRecovered,
      "service outcome not recovered",
      "service outcomes not recovered",
      summary.down > 0 ? "bad" : notRecovered > 0 ? "warn" : "ok",
    ),
    figure(
      summary.commitmentsBreached,
      "commitment breach",
      "commitment breaches",
      summary.commitmentsBreached > 0 ? "bad" : "ok",
    ),
    figure(findings.length, "open finding", "open findings", errors > 0 ? "bad" : warnings > 0 ? "warn" : "ok"),
  ];
}

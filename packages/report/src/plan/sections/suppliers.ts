import type { ContinuityPolicy } from "@relais/policy";
import { tiersByStrictness } from "../../graph/tiers";
import { duration } from "../../text/format";
import { providerName } from "../../text/providers";
import { code, codes, paragraph, subsection, table, toned } from "../blocks";
import type { PlanInputs } from "../inputs";
import type { Block, Cell, Section, Tone } from "../model";

/** (g) Suppliers: criticality, recovery commitments, alternates, exit plans; who depends on them; concentration. */
export function suppliersSection({ policy }: PlanInputs): Section {
  const suppliers = Object.entries(policy.suppliers);
  return {
    id: "suppliers",
    title: "Suppliers",
    covers: ["g", "4.3", "art28-8", "art29"],
    blocks: [
      paragraph(
        "Suppliers carry their own recovery commitment. A critical supplier needs an exit plan (DORA Art. 28(8)) and, unless it can be substituted, an alternate (DORA Art. 29).",
      ),
      ...(suppliers.length === 0 ? [paragraph("The policy declares no supplier.")] : supplierTables(policy)),
      subsection("concentration", "Concentration", [
        paragraph(
          "How many services each provider carries. When every site of the strictest tier's services sits on one provider, losing that provider stops them all (DORA Art. 29).",
        ),
        concentrationTable(policy),
      ]),
    ],
  };
}

/** The suppliers, their recovery commitments, alternates and exit plans, and who depends on each. */
function supplierTables(policy: ContinuityPolicy): Block[] {
  const suppliers = Object.entries(policy.suppliers);
  return [
    table(
      ["Supplier", "Name", "Provides", "Criticality", "ICT provider", "Country", "Last assessed"],
      suppliers.map(([id, supplier]): Cell[] => [
        code(id),
        supplier.name,
        supplier.provides ?? "—",
        toned(supplier.criticality, criticalityTone(supplier.criticality)),
        supplier.ict ? "yes (DORA register)" : "no",
        supplier.country ?? "—",
        supplier.lastAssessed ?? "—",
      ]),
      { empty: "The policy declares no supplier." },
    ),
    subsection("supplier-continuity", "Recovery commitments, alternates and exit plans", [
      table(
        ["Supplier", "Committed RTO", "Committed RPO", "Substitutable", "Alternates", "Switchover", "Exit plan"],
        suppliers.map(([id, supplier]): Cell[] => [
          code(id),
          duration(supplier.recovery?.rto),
          duration(supplier.recovery?.rpo),
          supplier.substitutable ? "yes" : "no",
          codes(supplier.alternates),
          duration(supplier.switchover),
          supplier.exitPlan
            ? supplier.exitPlan
            : toned("none", supplier.criticality === "critical" ? "bad" : undefined),
        ]),
        { numeric: [1, 2, 5], empty: "The policy declares no supplier." },
      ),
    ]),
    subsection("supplier-dependents", "Who depends on each supplier", [
      table(
        ["Supplier", "Services that go down with it (hard)", "Services that degrade (soft)"],
        suppliers.map(([id]) => [code(id), codes(dependents(policy, id, true)), codes(dependents(policy, id, false))]),
        { empty: "The policy declares no supplier." },
      ),
    ]),
  ];
}

function criticalityTone(criticality: string): Tone | undefined {
  return criticality === "critical" ? "bad" : criticality === "important" ? "warn" : undefined;
}

function dependents(policy: ContinuityPolicy, supplier: string, hard: boolean): string[] {
  return Object.entries(policy.services)
    .filter(([, service]) =>
      service.dependsOn.some(
        (dependency) => dependency.kind === "supplier" && dependency.id === supplier && dependency.hard === hard,
      ),
    )
    .map(([id]) => id);
}

function concentrationTable(policy: ContinuityPolicy) {
  const strictest = tiersByStrictness(policy)[0];
  const providers = [...new Set(Object.values(policy.sites).map((site) => site.provider))].filter(
    (provider) => provider !== "office",
  );
  const rows = providers.map((provider): Cell[] => {
    const onProvider = (siteIds: readonly string[]) =>
      siteIds.filter((site) => policy.sites[site]?.provider === provider);
    const services = Object.entries(policy.services).filter(([, service]) => onProvider(service.sites).length > 0);
    const only = services.filter(([, service]) => onProvider(service.sites).length === service.sites.length);
    const strict = services.filter(([, service]) => service.tier === strictest);
    return [
      providerName(provider),
      String(Object.values(policy.sites).filter((site) => site.provider === provider).length),
      codes(services.map(([id]) => id)),
      only.length === 0
        ? "—"
        : toned(codes(only.map(([id]) => id)), only.some(([, s]) => s.tier === strictest) ? "bad" : "warn"),
      String(strict.length),
    ];
  });
  return table(
    [
      "Provider",
      "Sites",
      "Services with a site there",
      "Services entirely there",
      `Services of tier ${strictest ?? "—"}`,
    ],
    rows,
    { numeric: [1, 4] },
  );
}

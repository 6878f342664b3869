import { CLOUD_PROVIDERS, type ContinuityPolicy, hostingProviders } from "@relais/policy";
import { tiersByStrictness } from "../../graph/tiers";
import { duration } from "../../text/format";
import { providerName } from "../../text/providers";
import { callout, code, codes, paragraph, subsection, table, toned } from "../blocks";
import type { PlanInputs } from "../inputs";
import type { Block, Cell, Section, Tone } from "../model";

/**
 * Suppliers, hosting providers included: criticality, recovery commitments, alternates, exit plans; who depends on
 * them; concentration by ICT provider.
 */
export function suppliersSection({ policy }: PlanInputs): Section {
  const suppliers = Object.entries(policy.suppliers);
  return {
    id: "suppliers",
    title: "Suppliers",
    covers: ["g", "4.3", "art28-8", "art29"],
    blocks: [
      paragraph(
        "Suppliers carry their own recovery commitment. A critical supplier needs an exit plan, tested and reviewed (DORA Art. 28(8)); declaring an alternate is part of that exit strategy. The cloud providers that host the sites are ICT third-party providers too: losing one loses every site it operates (DORA Art. 29 weighs that concentration).",
      ),
      ...undeclaredHosting(policy),
      ...(suppliers.length === 0 ? [paragraph("The policy declares no supplier.")] : supplierTables(policy)),
      subsection("concentration", "Concentration", [
        paragraph(
          "How many services each ICT provider carries through the sites it operates. When every site of the strictest tier's services sits on one provider, losing that provider stops them all (DORA Art. 29).",
        ),
        concentrationTable(policy),
      ]),
    ],
  };
}

/** A warning for each cloud provider that hosts sites no supplier declares: it is an ICT provider all the same. */
function undeclaredHosting(policy: ContinuityPolicy): Block[] {
  return hostingProviders(policy)
    .filter((host) => host.supplier === undefined)
    .map((host) =>
      callout(
        "warn",
        `${host.name} is not declared as a supplier`,
        `It hosts `,
        codes(host.sites),
        `: it counts as an ICT third-party provider in the register and in the concentration below, but its recovery commitment, exit plan and contract are unknown. Declare it under suppliers with hosts.`,
      ),
    );
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
        supplier.hosts.length > 0
          ? ["yes, hosts ", ...codes(supplier.hosts)]
          : supplier.ict
            ? "yes (DORA register)"
            : "no",
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
            ? `${supplier.exitPlan} (${supplier.exitTestedOn ? `rehearsed ${supplier.exitTestedOn}` : "never rehearsed"})`
            : toned("none", supplier.criticality === "critical" ? "bad" : undefined),
        ]),
        { numeric: [1, 2, 5], empty: "The policy declares no supplier." },
      ),
    ]),
    subsection("supplier-dependents", "Who depends on each supplier", [
      table(
        [
          "Supplier",
          "Services that go down with it (hard)",
          "Services that degrade (soft)",
          "Services on sites it hosts",
        ],
        suppliers.map(([id, supplier]) => [
          code(id),
          codes(dependents(policy, id, true)),
          codes(dependents(policy, id, false)),
          codes(
            Object.keys(policy.services).filter((service) =>
              policy.services[service].sites.some((site) => supplier.hosts.includes(site)),
            ),
          ),
        ]),
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

/**
 * Concentration by ICT provider: each hosting provider (a supplier with `hosts`, or a cloud provider no supplier
 * declares), then the sites no provider operates (on-premises, colocation), grouped by kind.
 */
function concentrationTable(policy: ContinuityPolicy) {
  const strictest = tiersByStrictness(policy)[0];
  const hosting = hostingProviders(policy);
  const hosted = new Set(hosting.flatMap((host) => host.sites));
  const ownKinds = [...new Set(Object.values(policy.sites).map((site) => site.provider))].filter(
    (provider) => provider !== "office" && !(CLOUD_PROVIDERS as readonly string[]).includes(provider),
  );
  const groups: Array<{ label: Cell; sites: string[] }> = [
    ...hosting.map((host) => ({
      label: host.supplier
        ? [host.name, " (", code(host.supplier), ")"]
        : toned(`${host.name} (undeclared: no supplier hosts its sites)`, "warn"),
      sites: host.sites,
    })),
    ...ownKinds.map((kind) => ({
      label: providerName(kind),
      sites: Object.keys(policy.sites).filter((id) => policy.sites[id].provider === kind && !hosted.has(id)),
    })),
  ];
  const rows = groups.map(({ label, sites }): Cell[] => {
    const here = (siteIds: readonly string[]) => siteIds.filter((site) => sites.includes(site));
    const services = Object.entries(policy.services).filter(([, service]) => here(service.sites).length > 0);
    const only = services.filter(([, service]) => here(service.sites).length === service.sites.length);
    const strict = services.filter(([, service]) => service.tier === strictest);
    return [
      label,
      codes(sites),
      codes(services.map(([id]) => id)),
      only.length === 0
        ? "—"
        : toned(codes(only.map(([id]) => id)), only.some(([, s]) => s.tier === strictest) ? "bad" : "warn"),
      String(strict.length),
    ];
  });
  return table(
    [
      "ICT provider",
      "Sites it operates",
      "Services with a site there",
      "Services entirely there",
      `Services of tier ${strictest ?? "—"}`,
    ],
    rows,
    { numeric: [4] },
  );
}

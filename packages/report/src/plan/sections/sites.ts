import { allowedDataClasses, type ContinuityPolicy, DataClass, type DataClassName } from "@relais/policy";
import { count, listOrDash } from "../../text/format";
import { providerName } from "../../text/providers";
import { code, codes, paragraph, subsection, table } from "../blocks";
import type { PlanInputs } from "../inputs";
import type { Section } from "../model";

const DATA_CLASSES: readonly DataClassName[] = DataClass.options;

/** (g) Sites and sovereignty: where services may run, and which data each site may hold. */
export function sitesSection({ policy }: PlanInputs): Section {
  const sites = Object.entries(policy.sites);
  const workloadSites = sites.filter(([, site]) => site.provider !== "office");
  const offices = sites.filter(([, site]) => site.provider === "office");
  const rules = DATA_CLASSES.flatMap((dataClass) => {
    const rule = policy.sovereignty[dataClass];
    return rule ? [[dataClass, rule] as const] : [];
  });
  return {
    id: "sites",
    title: "Sites and sovereignty",
    covers: ["g", "art12"],
    blocks: [
      paragraph(
        `Services run on ${count(workloadSites.length, "site")}. A site is a failure domain: a zone, a region, a datacenter room. `,
        "The last column says which data classes each site may hold under the sovereignty rules below.",
      ),
      table(
        ["Site", "Provider", "Region", "Zone", "Location", "Jurisdiction", "Qualifications", "Capacity", "May hold"],
        workloadSites.map(([id, site]) => [
          code(id),
          providerName(site.provider),
          site.region ?? "—",
          site.zone ?? "—",
          site.location ?? "—",
          site.jurisdiction,
          listOrDash(site.qualifications),
          site.capacity === undefined ? "—" : String(site.capacity),
          listOrDash(allowedDataClasses(policy, site)),
        ]),
        { numeric: [7], empty: "No workload sites." },
      ),
      subsection("sovereignty", "Sovereignty rules", [
        rules.length === 0
          ? paragraph("The policy sets no sovereignty rule: any data class may live on any site.")
          : table(
              ["Data class", "Allowed jurisdictions", "Required qualifications", "Services with this class"],
              rules.map(([dataClass, rule]) => [
                dataClass,
                rule.jurisdictions
                  .map((jurisdiction) => (jurisdiction === "EU" ? "EU (any member state)" : jurisdiction))
                  .join(", "),
                listOrDash(rule.qualifications),
                codes(servicesWithClass(policy, dataClass)),
              ]),
            ),
        ...(rules.length > 0 && rules.length < DATA_CLASSES.length
          ? [
              paragraph(
                `Data classes without a rule (${DATA_CLASSES.filter((dataClass) => !policy.sovereignty[dataClass]).join(", ")}) may live on any site.`,
              ),
            ]
          : []),
      ]),
      ...(offices.length > 0
        ? [
            subsection("offices", "Offices", [
              paragraph("Offices hold people, not workloads; their loss is a matter of people continuity."),
              table(
                ["Office", "Location", "Jurisdiction", "Staff"],
                offices.map(([id, site]) => [
                  code(id),
                  site.location ?? "—",
                  site.jurisdiction,
                  site.staff === undefined ? "—" : String(site.staff),
                ]),
                { numeric: [3] },
              ),
            ]),
          ]
        : []),
    ],
  };
}

function servicesWithClass(policy: ContinuityPolicy, dataClass: DataClassName): string[] {
  return Object.entries(policy.services)
    .filter(([, service]) => service.dataClass === dataClass)
    .map(([id]) => id);
}

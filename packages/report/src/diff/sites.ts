import type { ContinuityPolicy, DataClassName } from "@relais/policy";
import type { PolicyChange } from "./change";
import { asNumber, change, compareNumber, compareSet, compareText, matchKeys } from "./compare";

/**
 * Sites. Adding or removing a site is neutral by itself: what matters is whether services lose or gain it, which
 * the services report. A site's failure domain moving (provider, region, zone) is neutral; its consequences show in
 * the matrix.
 */
export function compareSites(before: ContinuityPolicy, after: ContinuityPolicy): PolicyChange[] {
  const { removed, added, kept } = matchKeys(before.sites, after.sites);
  return [
    ...removed.map((id) => change("neutral", `sites.${id}`, `site ${id} removed`)),
    ...added.map((id) => change("neutral", `sites.${id}`, `site ${id} added`)),
    ...kept.flatMap((id) => {
      const path = `sites.${id}`;
      const from = before.sites[id];
      const to = after.sites[id];
      return [
        ...compareText(`${path}.provider`, "provider", from.provider, to.provider),
        ...compareText(`${path}.region`, "region", from.region, to.region),
        ...compareText(`${path}.zone`, "zone", from.zone, to.zone),
        ...compareText(`${path}.jurisdiction`, "jurisdiction", from.jurisdiction, to.jurisdiction),
        ...compareSet(`${path}.qualifications`, "qualification", from.qualifications, to.qualifications, {
          removed: "loosened",
          added: "tightened",
        }),
        ...compareNumber(`${path}.capacity`, from.capacity, to.capacity, {
          label: "capacity",
          higher: "tightened",
          format: asNumber,
          removed: "loosened",
          added: "tightened",
        }),
        ...compareNumber(`${path}.staff`, from.staff, to.staff, {
          label: "staff",
          higher: "neutral",
          format: asNumber,
          added: "neutral",
          removed: "neutral",
        }),
        ...compareText(`${path}.location`, "location", from.location, to.location),
        ...compareText(`${path}.description`, "description", from.description, to.description),
      ];
    }),
  ];
}

/** Sovereignty rules: every relaxation (a rule removed, a jurisdiction allowed, a qualification dropped) is loosened. */
export function compareSovereignty(before: ContinuityPolicy, after: ContinuityPolicy): PolicyChange[] {
  const classes: DataClassName[] = ["public", "internal", "confidential", "restricted"];
  return classes.flatMap((dataClass) => {
    const path = `sovereignty.${dataClass}`;
    const from = before.sovereignty[dataClass];
    const to = after.sovereignty[dataClass];
    if (!from && !to) return [];
    if (from && !to) {
      return [
        change(
          "loosened",
          path,
          `sovereignty relaxed: the rule for ${dataClass} data is removed, it may live on any site`,
        ),
      ];
    }
    if (!from && to) return [change("tightened", path, `sovereignty rule added for ${dataClass} data`)];
    return [
      ...compareSet(
        `${path}.jurisdictions`,
        "allowed jurisdiction",
        from?.jurisdictions ?? [],
        to?.jurisdictions ?? [],
        {
          removed: "tightened",
          added: "loosened",
        },
        { added: `sovereignty relaxed for ${dataClass} data` },
      ),
      ...compareSet(
        `${path}.qualifications`,
        "required qualification",
        from?.qualifications ?? [],
        to?.qualifications ?? [],
        {
          removed: "loosened",
          added: "tightened",
        },
        { removed: `sovereignty relaxed for ${dataClass} data` },
      ),
    ];
  });
}

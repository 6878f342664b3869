import type { ContinuityPolicy } from "../schema/policy";
import type { Rule, Violation } from "./rule";
import { didYouMean, listNames } from "./text";

export const unknownReference: Rule = {
  code: "unknown-reference",
  why:
    "A reference to something that is not declared is almost always a typo; left alone, the service or scenario " +
    "would silently lose a site, a dependency or a commitment.",
  fix: "correct the name, or declare the missing tier, site, service, supplier, commitment, scenario or stage",
  check: ({ policy }) => [
    ...serviceReferences(policy),
    ...supplierReferences(policy),
    ...scenarioReferences(policy),
    ...exerciseReferences(policy),
  ],
};

function missing(path: string, message: string, name: string, candidates: Iterable<string>, declare: string) {
  return { path, message, hint: `${didYouMean(name, candidates)}Otherwise ${declare}` };
}

function serviceReferences(policy: ContinuityPolicy): Violation[] {
  const { tiers, sites, services, suppliers, commitments } = policy;
  const found: Violation[] = [];
  for (const [id, service] of Object.entries(services)) {
    const at = `services.${id}`;
    if (!Object.hasOwn(tiers, service.tier)) {
      const message = `service ${id} uses tier "${service.tier}", which is not declared under tiers`;
      found.push(missing(`${at}.tier`, message, service.tier, Object.keys(tiers), `declare it under tiers`));
    }
    service.sites.forEach((site, index) => {
      if (Object.hasOwn(sites, site)) return;
      const message = `service ${id} is placed on site "${site}", which is not declared under sites`;
      found.push(missing(`${at}.sites[${index}]`, message, site, Object.keys(sites), "declare it under sites"));
    });
    service.dependsOn.forEach((dependency, index) => {
      const path = `${at}.dependsOn[${index}]`;
      const [own, other] = dependency.kind === "service" ? [services, suppliers] : [suppliers, services];
      if (Object.hasOwn(own, dependency.id)) return;
      const message = `service ${id} depends on ${dependency.kind} "${dependency.id}", which is not declared under ${dependency.kind}s`;
      if (Object.hasOwn(other, dependency.id)) {
        const otherKind = dependency.kind === "service" ? "supplier" : "service";
        found.push({
          path,
          message: `${message}; "${dependency.id}" is a ${otherKind}`,
          hint: `write { ${otherKind}: ${dependency.id} } to depend on the ${otherKind}`,
        });
        return;
      }
      found.push(missing(path, message, dependency.id, Object.keys(own), `declare it under ${dependency.kind}s`));
    });
    service.commitments.forEach((commitment, index) => {
      if (Object.hasOwn(commitments, commitment)) return;
      const message = `service ${id} serves commitment "${commitment}", which is not declared under commitments`;
      const declare = "declare it under commitments";
      found.push(missing(`${at}.commitments[${index}]`, message, commitment, Object.keys(commitments), declare));
    });
  }
  return found;
}

function supplierReferences(policy: ContinuityPolicy): Violation[] {
  return Object.entries(policy.suppliers).flatMap(([id, supplier]) => [
    ...supplier.alternates.flatMap((alternate, index) => {
      if (Object.hasOwn(policy.suppliers, alternate)) return [];
      const message = `supplier ${id} names alternate "${alternate}", which is not declared under suppliers`;
      const candidates = Object.keys(policy.suppliers);
      return [missing(`suppliers.${id}.alternates[${index}]`, message, alternate, candidates, "declare it")];
    }),
    ...supplier.hosts.flatMap((site, index) => {
      if (Object.hasOwn(policy.sites, site)) return [];
      const message = `supplier ${id} hosts site "${site}", which is not declared under sites`;
      const candidates = Object.keys(policy.sites);
      return [missing(`suppliers.${id}.hosts[${index}]`, message, site, candidates, "declare it under sites")];
    }),
  ]);
}

function scenarioReferences(policy: ContinuityPolicy): Violation[] {
  const sites = Object.values(policy.sites);
  const zones = new Set(sites.flatMap((site) => (site.zone === undefined ? [] : [site.zone])));
  const levels = policy.stages.map((stage) => stage.level);
  const found: Violation[] = [];
  policy.scenarios.forEach((scenario, index) => {
    const at = `scenarios[${index}]`;
    const name = `scenario ${scenario.id}`;
    if (scenario.stage !== undefined && !levels.includes(scenario.stage)) {
      const declared =
        levels.length === 0 ? "no stage is declared" : `stages declare levels ${listNames(levels.map(String), 10)}`;
      found.push({
        path: `${at}.stage`,
        message: `${name} opens stage ${scenario.stage}, but ${declared}`,
        hint: `declare a stage with level ${scenario.stage} under stages, or name an existing level`,
      });
    }
    if (scenario.kind === "site-loss") {
      scenario.sites.forEach((site, position) => {
        if (Object.hasOwn(policy.sites, site)) return;
        const message = `${name} takes out site "${site}", which is not declared under sites`;
        found.push(
          missing(`${at}.sites[${position}]`, message, site, Object.keys(policy.sites), "declare it under sites"),
        );
      });
    } else if (scenario.kind === "zone-loss") {
      scenario.zones.forEach((zone, position) => {
        if (zones.has(zone)) return;
        const message = `${name} takes out zone "${zone}", but no site declares that zone`;
        const declare = "name the zone of a declared site, or remove it: it takes out nothing";
        found.push(missing(`${at}.zones[${position}]`, message, zone, zones, declare));
      });
    } else if (scenario.kind === "region-loss") {
      const ofProvider = sites.filter((site) => site.provider === scenario.provider);
      if (!ofProvider.some((site) => site.region === scenario.region)) {
        const regions = new Set(ofProvider.flatMap((site) => (site.region === undefined ? [] : [site.region])));
        const message = `${name} takes out ${scenario.provider} region "${scenario.region}", but no ${scenario.provider} site is in that region`;
        const declare = "name the region of a declared site, or remove the scenario: it takes out nothing";
        found.push(missing(`${at}.region`, message, scenario.region, regions, declare));
      }
    } else if (scenario.kind === "provider-loss") {
      if (!sites.some((site) => site.provider === scenario.provider)) {
        found.push({
          path: `${at}.provider`,
          message: `${name} takes out provider ${scenario.provider}, but no site is on ${scenario.provider}`,
          hint: "name the provider of a declared site, or remove the scenario: it takes out nothing",
        });
      }
    } else if (scenario.kind === "supplier-loss" && !Object.hasOwn(policy.suppliers, scenario.supplier)) {
      const message = `${name} takes out supplier "${scenario.supplier}", which is not declared under suppliers`;
      const candidates = Object.keys(policy.suppliers);
      found.push(missing(`${at}.supplier`, message, scenario.supplier, candidates, "declare it under suppliers"));
    }
  });
  return found;
}

function exerciseReferences(policy: ContinuityPolicy): Violation[] {
  const ids = new Set(policy.scenarios.map((scenario) => scenario.id));
  return policy.exercises.flatMap((exercise, index) => {
    if (ids.has(exercise.scenario)) return [];
    const message = `the exercise exercises scenario "${exercise.scenario}", which is not declared under scenarios`;
    return [
      missing(`exercises[${index}].scenario`, message, exercise.scenario, ids, "declare the scenario under scenarios"),
    ];
  });
}

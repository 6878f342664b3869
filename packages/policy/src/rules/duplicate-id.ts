import { generatedLoss } from "../generated-scenario-ids";
import type { ContinuityPolicy } from "../schema/policy";
import type { Rule, Violation } from "./rule";

export const duplicateId: Rule = {
  code: "duplicate-id",
  why:
    "Exercises and `relais preview --scenario` find scenarios by id, so two scenarios with one id make both " +
    "ambiguous; a name listed twice hides a missing site, dependency or alternate.",
  fix: "rename one of the two, or remove the repeated entry",
  check: ({ policy }) => [
    ...repeated(
      policy.scenarios.map((scenario) => scenario.id),
      (index, first) => ({
        path: `scenarios[${index}].id`,
        message: `scenario id "${policy.scenarios[index].id}" is used by scenarios[${first}] and scenarios[${index}]`,
        hint: "give each scenario its own id",
      }),
    ),
    ...generatedIds(policy),
    ...serviceLists(policy),
    ...supplierAlternates(policy),
    ...repeated(
      (policy.crisisCell?.roles ?? []).map((role) => role.role),
      (index, first) => ({
        path: `crisisCell.roles[${index}].role`,
        message: `crisis-cell role "${policy.crisisCell?.roles[index].role}" is declared twice (roles[${first}] and roles[${index}])`,
        hint: "merge the two entries: one role has one primary and one deputy",
      }),
    ),
  ],
};

/** Calls `report(index, firstIndex)` for every entry of `keys` equal to an earlier one. */
function repeated(keys: readonly string[], report: (index: number, first: number) => Violation): Violation[] {
  const seen = new Map<string, number>();
  const found: Violation[] = [];
  keys.forEach((key, index) => {
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else found.push(report(index, first));
  });
  return found;
}

/** Declared scenarios whose id is a generated one but which describe another loss: they would hide it. */
function generatedIds(policy: ContinuityPolicy): Violation[] {
  return policy.scenarios.flatMap((scenario, index) => {
    const generated = generatedLoss(scenario.id);
    if (!generated || generated.describes(scenario)) return [];
    return [
      {
        path: `scenarios[${index}].id`,
        message:
          `scenario "${scenario.id}" has the id of a generated scenario, ${generated.loss}, but describes another ` +
          `loss (${scenario.kind}): it would replace that generated scenario in --all and --scenario`,
        hint: "give it an id of its own without a colon, such as one naming the event, or make it describe exactly that loss",
      },
    ];
  });
}

function serviceLists(policy: ContinuityPolicy): Violation[] {
  return Object.entries(policy.services).flatMap(([id, service]) => {
    const at = `services.${id}`;
    const twice = (list: string, keys: string[], name: (index: number) => string) =>
      repeated(keys, (index, first) => ({
        path: `${at}.${list}[${index}]`,
        message: `service ${id} lists ${name(index)} twice (${list}[${first}] and ${list}[${index}])`,
        hint: `remove the repeated entry from ${at}.${list}`,
      }));
    return [
      ...twice("sites", service.sites, (index) => `site ${service.sites[index]}`),
      ...twice(
        "dependsOn",
        service.dependsOn.map((dependency) => `${dependency.kind}:${dependency.id}`),
        (index) => `${service.dependsOn[index].kind} ${service.dependsOn[index].id}`,
      ),
      ...twice("commitments", service.commitments, (index) => `commitment ${service.commitments[index]}`),
    ];
  });
}

function supplierAlternates(policy: ContinuityPolicy): Violation[] {
  return Object.entries(policy.suppliers).flatMap(([id, supplier]) => [
    ...supplier.alternates.flatMap((alternate, index) =>
      alternate === id
        ? [
            {
              path: `suppliers.${id}.alternates[${index}]`,
              message: `supplier ${id} names itself as its own alternate`,
              hint: "name another supplier that can take over, or remove the entry",
            },
          ]
        : [],
    ),
    ...repeated(supplier.alternates, (index, first) => ({
      path: `suppliers.${id}.alternates[${index}]`,
      message: `supplier ${id} lists alternate ${supplier.alternates[index]} twice (alternates[${first}] and alternates[${index}])`,
      hint: `remove the repeated entry from suppliers.${id}.alternates`,
    })),
  ]);
}

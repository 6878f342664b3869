import type { ScenarioSpec } from "./schema/policy";

/**
 * The loss a generated scenario id stands for, read back from the id: `site-loss:<site>`, `region-loss:<provider>/
 * <region>`, `provider-loss:<provider>` and `supplier-outage:<supplier>` are the ids of the scenarios Relais
 * generates (the `--all` matrix, `--site`). Undefined for an id of any other form.
 */
export function generatedLoss(
  id: string,
): { describes: (scenario: ScenarioSpec) => boolean; loss: string } | undefined {
  const match = /^(site-loss|region-loss|provider-loss|supplier-outage):(.+)$/.exec(id);
  if (!match) return undefined;
  const [, prefix, subject] = match;
  switch (prefix) {
    case "site-loss":
      return {
        loss: `the loss of site ${subject}`,
        describes: (scenario) =>
          scenario.kind === "site-loss" && scenario.sites.length === 1 && scenario.sites[0] === subject,
      };
    case "region-loss": {
      const slash = subject.indexOf("/");
      const [provider, region] = [subject.slice(0, slash), subject.slice(slash + 1)];
      return {
        loss: `the loss of region ${region} of ${provider}`,
        describes: (scenario) =>
          slash > 0 && scenario.kind === "region-loss" && scenario.provider === provider && scenario.region === region,
      };
    }
    case "provider-loss":
      return {
        loss: `the loss of every site of ${subject}`,
        describes: (scenario) => scenario.kind === "provider-loss" && scenario.provider === subject,
      };
    default:
      return {
        loss: `an outage of supplier ${subject}`,
        describes: (scenario) =>
          scenario.kind === "supplier-loss" && scenario.supplier === subject && scenario.mode === "outage",
      };
  }
}

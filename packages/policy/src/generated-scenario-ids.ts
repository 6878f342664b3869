import type { ProviderName, ScenarioSpec } from "./schema/policy";

type Generated<K extends ScenarioSpec["kind"]> = Extract<ScenarioSpec, { kind: K }>;

/**
 * The scenarios Relais generates (the `--all` matrix, `--site X`), built and read back here only: their ids are
 * `site-loss:<site>`, `region-loss:<provider>/<region>`, `provider-loss:<provider>` and `supplier-outage:<supplier>`.
 */

/** `site-loss:<site>`: the loss of one site. */
export function siteLoss(siteId: string): Generated<"site-loss"> {
  return { id: `site-loss:${siteId}`, kind: "site-loss", sites: [siteId], causes: [] };
}

/** `region-loss:<provider>/<region>`: the loss of a cloud region. */
export function regionLoss(provider: ProviderName, region: string): Generated<"region-loss"> {
  return { id: `region-loss:${provider}/${region}`, kind: "region-loss", provider, region, causes: [] };
}

/** `provider-loss:<provider>`: the loss of every site of a provider. */
export function providerLoss(provider: ProviderName): Generated<"provider-loss"> {
  return { id: `provider-loss:${provider}`, kind: "provider-loss", provider, causes: [] };
}

/** `supplier-outage:<supplier>`: a supplier outage (mode `outage`). */
export function supplierOutage(supplierId: string): Generated<"supplier-loss"> {
  return {
    id: `supplier-outage:${supplierId}`,
    kind: "supplier-loss",
    supplier: supplierId,
    mode: "outage",
    causes: [],
  };
}

/**
 * The loss a generated scenario id stands for, read back from the id, with a test of whether a declared scenario
 * describes exactly that loss. Undefined for an id of any other form.
 */
export function generatedLoss(
  id: string,
): { describes: (scenario: ScenarioSpec) => boolean; loss: string } | undefined {
  const match = /^(site-loss|region-loss|provider-loss|supplier-outage):(.+)$/.exec(id);
  if (!match) return undefined;
  const [, prefix, subject] = match as unknown as [string, string, string];
  const generated = generatedScenario(prefix, subject);
  return { loss: lossOf(generated), describes: (scenario) => sameLoss(scenario, generated) };
}

function generatedScenario(prefix: string, subject: string): ScenarioSpec {
  switch (prefix) {
    case "site-loss":
      return siteLoss(subject);
    case "region-loss": {
      const slash = subject.indexOf("/");
      // A region id without its provider names no region Relais generates: it matches nothing.
      if (slash <= 0) return regionLoss("" as ProviderName, subject);
      return regionLoss(subject.slice(0, slash) as ProviderName, subject.slice(slash + 1));
    }
    case "provider-loss":
      return providerLoss(subject as ProviderName);
    default:
      return supplierOutage(subject);
  }
}

function lossOf(scenario: ScenarioSpec): string {
  switch (scenario.kind) {
    case "site-loss":
      return `the loss of site ${scenario.sites[0]}`;
    case "region-loss":
      return `the loss of region ${scenario.region} of ${scenario.provider}`;
    case "provider-loss":
      return `the loss of every site of ${scenario.provider}`;
    default:
      return `an outage of supplier ${(scenario as Generated<"supplier-loss">).supplier}`;
  }
}

function sameLoss(declared: ScenarioSpec, generated: ScenarioSpec): boolean {
  if (declared.kind !== generated.kind) return false;
  switch (generated.kind) {
    case "site-loss": {
      const sites = (declared as Generated<"site-loss">).sites;
      return sites.length === 1 && sites[0] === generated.sites[0];
    }
    case "region-loss": {
      const region = declared as Generated<"region-loss">;
      return region.provider === generated.provider && region.region === generated.region;
    }
    case "provider-loss":
      return (declared as Generated<"provider-loss">).provider === generated.provider;
    default: {
      const supplier = declared as Generated<"supplier-loss">;
      const outage = generated as Generated<"supplier-loss">;
      return supplier.supplier === outage.supplier && supplier.mode === "outage";
    }
  }
}

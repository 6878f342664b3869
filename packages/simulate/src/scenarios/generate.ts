/** The scenarios Relais generates (the `--all` matrix, `--site X`): their ids and their normalised shape. */
import { type ContinuityPolicy, InputError, nearest, type ProviderName, type ScenarioSpec } from "@relais/policy";

type Generated<K extends ScenarioSpec["kind"]> = Extract<ScenarioSpec, { kind: K }>;

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
 * The ad-hoc loss of one site (`relais preview --site X`), id `site-loss:X`. Throws an `InputError` naming the
 * nearest site id when the policy has no such site.
 */
export function siteLossScenario(policy: ContinuityPolicy, siteId: string): ScenarioSpec {
  if (!Object.hasOwn(policy.sites, siteId)) {
    const suggestion = nearest(siteId, Object.keys(policy.sites));
    throw new InputError(
      `policy ${policy.metadata.name} has no site "${siteId}"`,
      suggestion
        ? `did you mean ${suggestion}?`
        : `use one of the sites the policy declares: ${Object.keys(policy.sites).join(", ")}`,
    );
  }
  return siteLoss(siteId);
}

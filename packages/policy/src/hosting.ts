import type { ContinuityPolicy, ProviderName } from "./schema/policy";
import { CLOUD_PROVIDERS } from "./schema/sites";

/** The legal names of the cloud providers, used when no supplier declares one. */
export const PROVIDER_NAMES: Readonly<Record<(typeof CLOUD_PROVIDERS)[number], string>> = {
  aws: "Amazon Web Services",
  "aws-eusc": "AWS European Sovereign Cloud",
  outscale: "3DS Outscale",
};

/**
 * A provider that hosts sites: a supplier with `hosts`, or a cloud provider whose sites no supplier hosts
 * (then `supplier` is absent and `id` is the provider name). Either way an ICT third-party service provider.
 */
export interface HostingProvider {
  /** The supplier id, or the provider name (`outscale`) when no supplier declares it. */
  id: string;
  /** The declaring supplier's id; absent for an undeclared cloud provider. */
  supplier?: string;
  name: string;
  /** The sites it operates, in policy order. */
  sites: string[];
}

/** The sites a supplier operates (`hosts`), restricted to declared sites, in policy order. */
export function hostedSites(policy: ContinuityPolicy, supplierId: string): string[] {
  const hosts = new Set(policy.suppliers[supplierId]?.hosts ?? []);
  return Object.keys(policy.sites).filter((id) => hosts.has(id));
}

/** The cloud sites no supplier `hosts`, grouped by provider, in policy order. */
export function undeclaredHosting(policy: ContinuityPolicy): Map<ProviderName, string[]> {
  const hosted = new Set(Object.values(policy.suppliers).flatMap((supplier) => supplier.hosts));
  const byProvider = new Map<ProviderName, string[]>();
  for (const [id, site] of Object.entries(policy.sites)) {
    if (hosted.has(id) || !(CLOUD_PROVIDERS as readonly string[]).includes(site.provider)) continue;
    byProvider.set(site.provider, [...(byProvider.get(site.provider) ?? []), id]);
  }
  return byProvider;
}

/** Every hosting provider: declaring suppliers in policy order, then undeclared cloud providers. */
export function hostingProviders(policy: ContinuityPolicy): HostingProvider[] {
  const declared = Object.entries(policy.suppliers).flatMap(([id, supplier]): HostingProvider[] => {
    const sites = hostedSites(policy, id);
    return sites.length === 0 ? [] : [{ id, supplier: id, name: supplier.name, sites }];
  });
  const undeclared = [...undeclaredHosting(policy)].map(
    ([provider, sites]): HostingProvider => ({
      id: provider,
      name: PROVIDER_NAMES[provider as keyof typeof PROVIDER_NAMES],
      sites,
    }),
  );
  return [...declared, ...undeclared];
}

/**
 * Every ICT third-party service provider, by id: the suppliers with `ict: true` or with `hosts` (a supplier that
 * operates sites is one whatever its `ict` says), in policy order, then the cloud providers that host sites no
 * supplier declares, under their provider name.
 */
export function ictProviderIds(policy: ContinuityPolicy): string[] {
  const hosting = hostingProviders(policy);
  return [
    ...Object.keys(policy.suppliers).filter(
      (id) => policy.suppliers[id].ict || hosting.some((host) => host.supplier === id),
    ),
    ...hosting.filter((host) => host.supplier === undefined).map((host) => host.id),
  ];
}

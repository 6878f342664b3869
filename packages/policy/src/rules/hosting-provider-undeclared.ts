import { PROVIDER_NAMES, undeclaredHosting } from "../hosting";
import type { Rule } from "./rule";
import { listNames } from "./text";

export const hostingProviderUndeclared: Rule = {
  code: "hosting-provider-undeclared",
  why:
    "The cloud provider that runs a site is an ICT third-party service provider: DORA's register of information " +
    "and concentration analysis must count it, with its contract, LEI, exit plan and recovery commitment.",
  fix: "declare the provider under suppliers with `hosts` listing the sites it operates",
  check: ({ policy }) =>
    [...undeclaredHosting(policy)].map(([provider, sites]) => ({
      path: `sites.${sites[0]}.provider`,
      message: `${PROVIDER_NAMES[provider as keyof typeof PROVIDER_NAMES]} hosts ${sites.length === 1 ? "site" : "sites"} ${listNames(sites)}, but no supplier declares it (hosts)`,
      hint: `declare a supplier such as suppliers.${provider} with criticality, ict: true and hosts: [${sites.join(", ")}]`,
    })),
};

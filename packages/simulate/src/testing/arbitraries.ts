/**
 * Random valid policies for property tests: 2–6 cloud sites, 1–8 services that depend only on earlier services (no
 * cycle), suppliers with and without recovery times, alternates and switchovers. Durations are written in seconds.
 */
import type { ContinuityPolicy } from "@relais/policy";
import fc from "fast-check";
import { type Input, parse } from "./fixtures";

const REGIONS: Array<[string, string]> = [
  ["outscale", "eu-west-2"],
  ["outscale", "cloudgouv-eu-west-1"],
  ["aws", "eu-west-3"],
  ["aws-eusc", "eusc-de-east-1"],
];

const seconds = (max: number) => fc.integer({ min: 0, max }).map((value) => `${value}s`);

const site = fc.record({
  region: fc.constantFrom(...REGIONS),
  zone: fc.option(fc.constantFrom("a", "b"), { nil: undefined }),
  capacity: fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }),
});

const data: fc.Arbitrary<Input> = fc.oneof<fc.Arbitrary<Input>[]>(
  fc.constant({ mode: "sync-replication" }),
  seconds(600).map((lag) => ({ mode: "async-replication", lag })),
  seconds(86_400).map((every) => ({ mode: "backup", every })),
  fc.constant({ mode: "none" }),
);

function serviceArbitrary(index: number, siteCount: number) {
  return fc
    .record({
      tier: fc.constantFrom("critical", "standard"),
      strategy: fc.constantFrom("active-active", "warm-standby", "pilot-light", "backup-restore"),
      sites: fc.uniqueArray(fc.integer({ min: 0, max: siteCount - 1 }), { minLength: 1, maxLength: 3 }),
      required: fc.integer({ min: 1, max: 10 }),
      standby: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
      scaleUp: seconds(3600),
      method: fc.constantFrom("dns-failover", "dns-weighted", "load-balancer", "manual"),
      interval: seconds(60),
      failureThreshold: fc.integer({ min: 1, max: 10 }),
      ttl: fc.option(seconds(300), { nil: undefined }),
      data,
      restoreTime: seconds(14_400),
      services: fc.uniqueArray(
        fc.record({ target: fc.integer({ min: 0, max: Math.max(0, index - 1) }), hard: fc.boolean() }),
        { maxLength: index === 0 ? 0 : 3, selector: (dependency) => dependency.target },
      ),
      supplier: fc.option(fc.record({ target: fc.integer({ min: 0, max: 2 }), hard: fc.boolean() }), {
        nil: undefined,
      }),
      commitments: fc.subarray(["sla", "ola"]),
    })
    .map((raw): Input => {
      const backup = raw.strategy === "backup-restore";
      const dataSpec = backup
        ? { mode: "backup", every: raw.data.mode === "backup" ? raw.data.every : "3600s", restoreTime: raw.restoreTime }
        : raw.data;
      return {
        tier: raw.tier,
        owner: `team-${index}`,
        strategy: raw.strategy,
        sites: raw.sites.map((site) => `s${site}`),
        capacity: { required: raw.required, standby: raw.standby, scaleUp: raw.scaleUp },
        traffic: {
          method: raw.method,
          healthCheck: { interval: raw.interval, failureThreshold: raw.failureThreshold },
          ttl: raw.ttl,
        },
        data: dataSpec,
        dependsOn: [
          ...raw.services.map((dependency) => ({ service: `svc${dependency.target}`, hard: dependency.hard })),
          ...(raw.supplier ? [{ supplier: `sup${raw.supplier.target}`, hard: raw.supplier.hard }] : []),
        ],
        commitments: raw.commitments,
      };
    });
}

const supplier = fc.record({
  rto: fc.option(seconds(7200), { nil: undefined }),
  switchover: fc.option(seconds(7200), { nil: undefined }),
  withAlternate: fc.boolean(),
});

/** A policy as written (plain data), before parsing; `withCapacity` false leaves every site without a capacity. */
export function policyInputArbitrary({ withCapacity = true } = {}): fc.Arbitrary<Input> {
  return fc.integer({ min: 2, max: 6 }).chain((siteCount) =>
    fc
      .record({
        sites: fc.array(site, { minLength: siteCount, maxLength: siteCount }),
        services: fc
          .integer({ min: 1, max: 8 })
          .chain((count) =>
            fc.tuple(...Array.from({ length: count }, (_, index) => serviceArbitrary(index, siteCount))),
          ),
        suppliers: fc.array(supplier, { minLength: 3, maxLength: 3 }),
        maxOutage: seconds(7200),
      })
      .map(({ sites, services, suppliers, maxOutage }) => ({
        apiVersion: "relais/v1",
        kind: "ContinuityPolicy",
        metadata: { name: "random", owner: "ops@example.com" },
        tiers: {
          critical: { rto: "15m", rpo: "1m", mtpd: "4h" },
          standard: { rto: "1d", rpo: "1d", mtpd: "5d" },
        },
        sites: Object.fromEntries(
          sites.map(({ region: [provider, region], zone, capacity }, index) => [
            `s${index}`,
            {
              provider,
              region,
              zone: zone === undefined ? undefined : `${region}${zone}`,
              jurisdiction: "FR",
              capacity: withCapacity ? capacity : undefined,
            },
          ]),
        ),
        services: Object.fromEntries(services.map((service, index) => [`svc${index}`, service])),
        suppliers: Object.fromEntries(
          suppliers.map(({ rto, switchover, withAlternate }, index) => [
            `sup${index}`,
            {
              name: `Supplier ${index}`,
              criticality: "important",
              recovery: rto === undefined ? undefined : { rto },
              switchover,
              alternates: withAlternate ? [`sup${(index + 1) % 3}`] : [],
            },
          ]),
        ),
        commitments: {
          sla: { customer: "Customers", maxOutage, maxDataLoss: "60s" },
          ola: { customer: "Teams", maxOutage: "1d" },
        },
        crisisCell: { assembleWithin: "30m", roles: [{ role: "crisis-director", primary: "Jane Doe" }] },
        scenarios: [{ id: "exit", kind: "supplier-loss", supplier: "sup0", mode: "exit" }],
      })),
  );
}

/** A random valid policy, parsed (normalised). */
export function policyArbitrary(options?: { withCapacity?: boolean }): fc.Arbitrary<ContinuityPolicy> {
  return policyInputArbitrary(options).map((input) => parse(stripUndefined(input)));
}

/** YAML has no `undefined`: drop those keys so the schema sees what a file would give it. */
export function stripUndefined(value: Input): Input {
  return JSON.parse(JSON.stringify(value));
}

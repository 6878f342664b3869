import fc from "fast-check";
import { parsedFullPolicy } from "../testing/fixtures";
import { set } from "../testing/mutate";
import { opposite } from "./compare";
import { diffPolicies } from "./diff";

const PATHS = [
  "tiers.critical.rto",
  "tiers.critical.rpo",
  "tiers.standard.mtpd",
  "services.api.capacity.scaleUp",
  "services.api.traffic.ttl",
  "services.api.data.lag",
  "crisisCell.assembleWithin",
  "commitments.sla.maxOutage",
  "exercises[0].every",
  "suppliers.payments-switch.switchover",
  "people.remoteWork.sustainFor",
  "scenarios[1].duration",
];
const DURATIONS = ["0s", "30s", "1m", "5m", "10m", "15m", "1h", "4h", "1d", "2d", "90d", "180d"];

describe("diffPolicies properties", () => {
  it("never throws, finds nothing between equal policies, and classifies a change back the opposite way", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PATHS),
        fc.constantFrom(...DURATIONS),
        fc.constantFrom(...DURATIONS),
        (path, first, second) => {
          const before = parsedFullPolicy(set(path, first));
          const after = parsedFullPolicy(set(path, second));
          expect(diffPolicies(before, before).changes).toEqual([]);
          const forward = diffPolicies(before, after).changes.filter((change) => change.path === path);
          const backward = diffPolicies(after, before).changes.filter((change) => change.path === path);
          if (first === second) {
            expect(forward).toEqual([]);
            return;
          }
          expect(forward).toHaveLength(1);
          expect(backward).toHaveLength(1);
          expect(backward[0].kind).toBe(opposite(forward[0].kind));
        },
      ),
      { numRuns: 150 },
    );
  });

  it("is deterministic whatever the change", () => {
    fc.assert(
      fc.property(fc.constantFrom(...PATHS), fc.constantFrom(...DURATIONS), (path, value) => {
        const before = parsedFullPolicy();
        const after = parsedFullPolicy(set(path, value));
        expect(JSON.stringify(diffPolicies(before, after))).toBe(JSON.stringify(diffPolicies(before, after)));
      }),
      { numRuns: 40 },
    );
  });
});

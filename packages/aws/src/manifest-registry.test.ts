import * as pulumi from "@pulumi/pulumi";
import { MANIFEST_REGISTRY_KEY, type Manifest } from "@relais/policy";
import { ContinuityPlan } from "./components/continuity-plan";
import { resetManifestRegistry } from "./manifest-registry";
import { componentPolicy } from "./testing/fixtures";
import { installMocks, resolved, settleRegistrations } from "./testing/harness";

installMocks();

/** What a reader of the documented key (the preview runner) gets. */
function registered(): Promise<Manifest[]> {
  const producers = (globalThis as { [key: symbol]: Array<() => Promise<Manifest>> | undefined })[
    Symbol.for(MANIFEST_REGISTRY_KEY)
  ];
  return Promise.all((producers ?? []).map((producer) => producer()));
}

function policyNamed(name: string) {
  const policy = componentPolicy();
  policy.metadata = { ...policy.metadata, name };
  return policy;
}

afterEach(() => settleRegistrations());

test("a second program run in the same process reports its own plans only, once the registry is reset", async () => {
  const first = new ContinuityPlan("first", { policy: policyNamed("first-run"), env: {} });
  await resolved(first.manifest);
  expect((await registered()).map((manifest) => manifest.policy)).toEqual(["first-run"]);

  resetManifestRegistry();
  expect(await registered()).toEqual([]);

  const second = new ContinuityPlan("second", { policy: policyNamed("second-run"), env: {} });
  await resolved(second.manifest);
  expect((await registered()).map((manifest) => manifest.policy)).toEqual(["second-run"]);
  expect(pulumi.Output.isInstance(second.manifest)).toBe(true);
});

test("plans of one program are all registered, in the order the program created them", async () => {
  resetManifestRegistry();
  const plans = ["one", "two"].map(
    (name) => new ContinuityPlan(name, { policy: policyNamed(`${name}-policy`), env: {} }),
  );
  for (const plan of plans) await resolved(plan.manifest);
  expect((await registered()).map((manifest) => manifest.policy)).toEqual(["one-policy", "two-policy"]);
});

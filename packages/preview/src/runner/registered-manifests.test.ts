import { MANIFEST_REGISTRY_KEY } from "@relais/policy";
import { registeredManifests } from "./registered-manifests";

const KEY = Symbol.for(MANIFEST_REGISTRY_KEY);
const holder = globalThis as { [KEY]?: unknown };

afterEach(() => {
  delete holder[KEY];
});

test("reads nothing when no plan registered a manifest", async () => {
  await expect(registeredManifests()).resolves.toEqual([]);
});

test("resolves every manifest registered under the documented key, in registration order", async () => {
  // What any copy of @relais/aws does: push a producer onto the array under the global key.
  holder[KEY] = [async () => ({ policy: "first" }), () => Promise.resolve({ policy: "second" })];
  await expect(registeredManifests()).resolves.toEqual([{ policy: "first" }, { policy: "second" }]);
});

import { diffInputs } from "./input-diff";

describe("diffInputs", () => {
  it("lists each changed leaf with its path, old and new values", () => {
    const changes = diffInputs(
      { desiredCapacity: 8, failoverRoutingPolicies: [{ type: "PRIMARY" }], ttl: 60 },
      { desiredCapacity: 2, failoverRoutingPolicies: [{ type: "SECONDARY" }], ttl: 60 },
    );
    expect(changes).toEqual([
      { path: "desiredCapacity", old: 8, new: 2 },
      { path: "failoverRoutingPolicies[0].type", old: "PRIMARY", new: "SECONDARY" },
    ]);
  });

  it("quotes keys that are not plain names, as Pulumi property paths do", () => {
    const changes = diffInputs({ tags: { "relais:role": "primary" } }, { tags: { "relais:role": "standby" } });
    expect(changes).toEqual([{ path: 'tags["relais:role"]', old: "primary", new: "standby" }]);
  });

  it("reports added and removed inputs with one side absent", () => {
    const changes = diffInputs({ a: 1, gone: "x" }, { a: 1, added: true });
    expect(changes).toEqual([
      { path: "gone", old: "x" },
      { path: "added", new: true },
    ]);
  });

  it("treats an array that changed length as one change", () => {
    expect(diffInputs({ records: ["a"] }, { records: ["a", "b"] })).toEqual([
      { path: "records", old: ["a"], new: ["a", "b"] },
    ]);
  });

  it("finds nothing between equal inputs", () => {
    expect(diffInputs({ a: { b: [1, { c: null }] } }, { a: { b: [1, { c: null }] } })).toEqual([]);
  });
});

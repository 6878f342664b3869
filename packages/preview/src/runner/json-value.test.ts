import { toJsonValue } from "./json-value";

describe("toJsonValue", () => {
  it("keeps plain JSON, drops undefined properties and Pulumi's __ bookkeeping", () => {
    expect(toJsonValue({ a: 1, b: "x", c: [true, null], d: undefined, __defaults: ["a"], e: { f: 2 } })).toEqual({
      a: 1,
      b: "x",
      c: [true, null],
      e: { f: 2 },
    });
  });

  it("marks unknowns, resources and outputs, and stringifies what JSON cannot hold", () => {
    expect(
      toJsonValue({
        unknown: "04da6b54-80e4-46f7-96ec-b56ff0331ba9",
        resource: { __pulumiResource: true, urn: {} },
        output: { __pulumiOutput: true },
        big: 10n,
        infinite: Number.POSITIVE_INFINITY,
        when: new Date("2026-11-28T00:00:00Z"),
        list: [undefined, () => 1],
      }),
    ).toEqual({
      unknown: "[unknown]",
      resource: "[resource]",
      output: "[output]",
      big: "10",
      infinite: "Infinity",
      when: "2026-11-28T00:00:00.000Z",
      list: [null, null],
    });
  });
});

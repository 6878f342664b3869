import { EU_MEMBER_STATES, jurisdictionAllowed } from "./jurisdictions";

describe("jurisdictions", () => {
  it("lists the 27 EU member states once each", () => {
    expect(new Set(EU_MEMBER_STATES).size).toBe(27);
    expect(EU_MEMBER_STATES).toEqual(expect.arrayContaining(["FR", "DE", "GR", "IE", "HR"]));
    expect(EU_MEMBER_STATES).not.toEqual(expect.arrayContaining(["GB"]));
  });

  it("allows a listed country, and any member state under EU", () => {
    expect(jurisdictionAllowed("FR", ["FR"])).toBe(true);
    expect(jurisdictionAllowed("DE", ["FR"])).toBe(false);
    expect(jurisdictionAllowed("DE", ["EU"])).toBe(true);
    expect(jurisdictionAllowed("CH", ["EU"])).toBe(false);
    expect(jurisdictionAllowed("CH", ["EU", "CH"])).toBe(true);
  });
});

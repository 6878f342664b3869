import { allowedDataClasses, residencyGap } from "./data-residency";

const policy = {
  sovereignty: {
    confidential: { jurisdictions: ["EU"], qualifications: [] },
    restricted: { jurisdictions: ["FR"], qualifications: ["SecNumCloud", "HDS"] },
  },
};
const site = (jurisdiction: string, qualifications: string[] = []) => ({ jurisdiction, qualifications });

describe("residencyGap", () => {
  it("lets any site hold a class the policy sets no rule for", () => {
    expect(residencyGap(policy, site("US"), "internal")).toBeNull();
  });

  it("reads EU as any member state, and only those", () => {
    expect(residencyGap(policy, site("DE"), "confidential")).toBeNull();
    expect(residencyGap(policy, site("CH"), "confidential")).toEqual({ jurisdictions: ["EU"], lacking: [] });
  });

  it("names the allowed jurisdictions and every missing qualification, in the rule's order", () => {
    expect(residencyGap(policy, site("DE", ["HDS"]), "restricted")).toEqual({
      jurisdictions: ["FR"],
      lacking: ["SecNumCloud"],
    });
    expect(residencyGap(policy, site("FR"), "restricted")).toEqual({
      jurisdictions: null,
      lacking: ["SecNumCloud", "HDS"],
    });
  });

  it("lets a site in an allowed jurisdiction with every qualification hold the class", () => {
    expect(residencyGap(policy, site("FR", ["HDS", "SecNumCloud", "ISO27001"]), "restricted")).toBeNull();
  });
});

describe("allowedDataClasses", () => {
  it("lists the classes a site may hold, from public to restricted", () => {
    expect(allowedDataClasses(policy, site("FR", ["SecNumCloud", "HDS"]))).toEqual([
      "public",
      "internal",
      "confidential",
      "restricted",
    ]);
    expect(allowedDataClasses(policy, site("FR", ["SecNumCloud"]))).toEqual(["public", "internal", "confidential"]);
    expect(allowedDataClasses(policy, site("US", ["SecNumCloud", "HDS"]))).toEqual(["public", "internal"]);
  });
});

import { basePolicy, parseSchema } from "@relais/test-support";
import { strictestTiers } from "./tier-order";

describe("strictestTiers", () => {
  it("is the used tier with the smallest rto, ties included, ignoring unused tiers", () => {
    const input = basePolicy();
    input.tiers.unused = { rto: "1m", rpo: "1m", mtpd: "1h" };
    input.tiers.twin = { rto: "15m", rpo: "1h", mtpd: "4h" };
    input.tiers.standard = { rto: "1d", rpo: "1d", mtpd: "5d" };
    input.services.twin = { ...input.services.api, tier: "twin" };
    input.services.batch = { ...input.services.api, tier: "standard" };
    expect(strictestTiers(parseSchema(input))).toEqual(["critical", "twin"]);
  });
});

import { InputError } from "@relais/policy";
import { examplePolicyText } from "@relais/test-support";
import { parse as parseYaml } from "yaml";
import { parse, policyInput, service } from "../testing/fixtures";
import { siteLossScenario } from "./generate";
import { declaredScenarios, findScenario, generatedScenarios, knownScenarioIds, scenarioMatrix } from "./matrix";

const example = () => parse(parseYaml(examplePolicyText()));

describe("scenarioMatrix", () => {
  it("runs the example's declared scenarios, then the generated ones that hit something new", () => {
    expect(scenarioMatrix(example()).map((scenario) => scenario.id)).toEqual([
      "gov-region-loss",
      "gov-zone-a-loss",
      "hq-inaccessible",
      "outscale-outage",
      "card-network-exit",
      "pandemic-wave",
      // site-loss:gov-a is gov-zone-a-loss, site-loss:hq is hq-inaccessible
      "site-loss:gov-b",
      "site-loss:osc-paris",
      "site-loss:eusc-brandenburg",
      "site-loss:dc-velizy",
      // every region and provider loss hits the same sites as an earlier scenario;
      // supplier-outage:card-network hits the same supplier as card-network-exit; the hosting suppliers'
      // outages are outscale-outage and site-loss:eusc-brandenburg
      "supplier-outage:visa-direct",
      "supplier-outage:threat-intel",
      "supplier-outage:bank-sftp",
    ]);
  });

  it("orders sites, regions, cloud providers and suppliers, with the documented ids and shapes", () => {
    const input = policyInput({ api: service() }, { suppliers: { net: { name: "Net", criticality: "minor" } } });
    input.sites.e = { provider: "aws", region: "eu-central-1", jurisdiction: "DE" };
    const policy = parse(input);
    const matrix = scenarioMatrix(policy);
    expect(matrix.map((scenario) => scenario.id)).toEqual([
      "site-loss:a",
      "site-loss:b",
      "site-loss:c",
      "site-loss:d",
      "site-loss:hq",
      "site-loss:e",
      "region-loss:outscale/eu-west-2",
      // region-loss:aws/eu-west-3 is site-loss:d, region-loss:aws/eu-central-1 is site-loss:e
      "provider-loss:aws",
      // provider-loss:outscale is region-loss:outscale/eu-west-2
      "supplier-outage:net",
    ]);
    expect(matrix[6]).toEqual({
      id: "region-loss:outscale/eu-west-2",
      kind: "region-loss",
      provider: "outscale",
      region: "eu-west-2",
      causes: [],
    });
    expect(matrix[7]).toEqual({ id: "provider-loss:aws", kind: "provider-loss", provider: "aws", causes: [] });
    expect(matrix[8]).toEqual({
      id: "supplier-outage:net",
      kind: "supplier-loss",
      supplier: "net",
      mode: "outage",
      causes: [],
    });
    expect(generatedScenarios(policy)).toHaveLength(6 + 3 + 2 + 1);
  });

  it("keeps every declared scenario, even two that hit the same sites", () => {
    const policy = parse(
      policyInput(
        { api: service() },
        {
          scenarios: [
            { id: "fire", kind: "site-loss", sites: ["a"] },
            { id: "flood", kind: "zone-loss", zones: ["eu-west-2a"] },
          ],
        },
      ),
    );
    expect(declaredScenarios(policy).map((s) => s.id)).toEqual(["fire", "flood"]);
    expect(
      scenarioMatrix(policy)
        .map((s) => s.id)
        .slice(0, 3),
    ).toEqual(["fire", "flood", "site-loss:b"]);
  });
});

describe("scenarioMatrix with hosting providers", () => {
  it("leaves out a hosting supplier's outage when the loss of its sites is already in the matrix", () => {
    const policy = parse(
      policyInput(
        { api: service() },
        { suppliers: { outscale: { name: "3DS Outscale", criticality: "critical", hosts: ["a", "b", "c"] } } },
      ),
    );
    const ids = scenarioMatrix(policy).map((s) => s.id);
    // The region holds every Outscale site: its loss is Outscale's outage, so the provider and supplier go.
    expect(ids).toEqual([
      "site-loss:a",
      "site-loss:b",
      "site-loss:c",
      "site-loss:d",
      "site-loss:hq",
      "region-loss:outscale/eu-west-2",
    ]);
  });
});

describe("findScenario and siteLossScenario", () => {
  it("finds declared ids first, then generated ids, even those the matrix leaves out", () => {
    const policy = example();
    expect(findScenario(policy, "pandemic-wave")?.kind).toBe("staff-unavailability");
    expect(findScenario(policy, "site-loss:gov-a")).toEqual({
      id: "site-loss:gov-a",
      kind: "site-loss",
      sites: ["gov-a"],
      causes: [],
    });
    expect(findScenario(policy, "supplier-outage:card-network")?.kind).toBe("supplier-loss");
    expect(findScenario(policy, "region-loss:aws-eusc/eusc-de-east-1")?.kind).toBe("region-loss");
    expect(findScenario(policy, "site-loss:nowhere")).toBeUndefined();
    expect(knownScenarioIds(policy)).toContain("provider-loss:outscale");
  });

  it("builds site-loss:X for a known site and refuses an unknown one with a suggestion", () => {
    const policy = example();
    expect(siteLossScenario(policy, "dc-velizy").id).toBe("site-loss:dc-velizy");
    expect(() => siteLossScenario(policy, "gov-c")).toThrow(InputError);
    expect(() => siteLossScenario(policy, "gov-c")).toThrow('policy acme-payments has no site "gov-c"');
    try {
      siteLossScenario(policy, "gov-c");
    } catch (error) {
      expect((error as InputError).hint).toMatch(/^did you mean gov-[ab]\?$/);
    }
  });
});

import { namespaced, programConfig, SECRET_PLACEHOLDER } from "./stack-config";

describe("programConfig", () => {
  it("namespaces bare keys with the project and keeps namespaced keys", () => {
    expect(namespaced("infra", "replicas")).toBe("infra:replicas");
    expect(namespaced("infra", "aws:region")).toBe("aws:region");
    const config = programConfig("infra", undefined, { replicas: 3, "aws:region": "eu-west-3", debug: true });
    expect(config.values).toEqual({ "infra:replicas": "3", "aws:region": "eu-west-3", "infra:debug": "true" });
  });

  it("stores structured values as JSON text, as pulumi config does", () => {
    const config = programConfig("infra", undefined, { "infra:sites": ["gov-a", "gov-b"], "infra:zone": { id: "Z1" } });
    expect(config.values["infra:sites"]).toBe('["gov-a","gov-b"]');
    expect(config.values["infra:zone"]).toBe('{"id":"Z1"}');
  });

  it("replaces secure values, also nested ones, by the placeholder and marks the keys secret", () => {
    const config = programConfig("infra", undefined, {
      "infra:password": { secure: "v1:abc" },
      "infra:db": { user: "app", password: { secure: "v1:def" } },
      "infra:plain": "x",
    });
    expect(config.values["infra:password"]).toBe(SECRET_PLACEHOLDER);
    expect(JSON.parse(config.values["infra:db"])).toEqual({ user: "app", password: SECRET_PLACEHOLDER });
    expect(config.secretKeys).toEqual(["infra:db", "infra:password"]);
    expect(config.placeholders).toEqual(["infra:db", "infra:password"]);
  });

  it("takes project defaults from Pulumi.yaml and lets the stack override them", () => {
    const config = programConfig(
      "infra",
      {
        count: { type: "integer", default: 2 },
        prefix: "logs",
        "aws:region": { value: "eu-west-1" },
        bare: { type: "string" },
      },
      { prefix: "audit" },
    );
    expect(config.values).toEqual({ "infra:count": "2", "infra:prefix": "audit", "aws:region": "eu-west-1" });
  });
});

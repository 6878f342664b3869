import { credentialSource, credentialsHint, describeCredentials } from "./credentials";

const osc = { id: "gov-a", provider: "outscale" } as const;
const aws = { id: "aws-paris", provider: "aws" } as const;
const eusc = { id: "eusc", provider: "aws-eusc" } as const;
const oscEnv = { OSC_ACCESS_KEY: "AKOSC", OSC_SECRET_KEY: "secret" };

describe("credentialSource", () => {
  test("a site's own profile wins over everything", () => {
    const profiles = new Map([
      ["gov-a", "osc-prod"],
      ["*", "ops"],
    ]);
    expect(credentialSource(osc, profiles, oscEnv)).toEqual({ kind: "profile", profile: "osc-prod" });
  });

  test("Outscale sites use OSC_ACCESS_KEY/OSC_SECRET_KEY before a profile for every site", () => {
    expect(credentialSource(osc, new Map([["*", "ops"]]), oscEnv)).toEqual({
      kind: "outscale-env",
      accessKeyId: "AKOSC",
      secretAccessKey: "secret",
    });
    expect(credentialSource(osc, new Map([["*", "ops"]]), { OSC_ACCESS_KEY: "AKOSC" })).toEqual({
      kind: "profile",
      profile: "ops",
    });
  });

  test("AWS sites ignore the Outscale variables and fall back to the default chain", () => {
    expect(credentialSource(aws, new Map(), oscEnv)).toEqual({ kind: "default-chain" });
    expect(credentialSource(aws, new Map([["*", "ops"]]), oscEnv)).toEqual({ kind: "profile", profile: "ops" });
  });
});

describe("messages about credentials", () => {
  test("never show a secret", () => {
    const source = credentialSource(osc, new Map(), oscEnv);
    expect(describeCredentials(source)).toBe("OSC_ACCESS_KEY/OSC_SECRET_KEY");
    expect(`${describeCredentials(source)} ${credentialsHint(osc, source)}`).not.toContain("secret");
  });

  test("say what to set for each provider", () => {
    expect(credentialsHint(osc, { kind: "default-chain" })).toBe(
      "set OSC_ACCESS_KEY and OSC_SECRET_KEY, or pass --profile gov-a=NAME",
    );
    expect(credentialsHint(eusc, { kind: "default-chain" })).toContain("European Sovereign Cloud needs its own");
    expect(credentialsHint(aws, { kind: "profile", profile: "p" })).toBe(
      "check profile p in ~/.aws/config and ~/.aws/credentials",
    );
  });
});

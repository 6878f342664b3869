import { InputError } from "@relais/policy";
import { parseSiteAssignments, providerEndpoint, validateEndpointOverrides, validateProfileSites } from "./endpoints";

describe("providerEndpoint", () => {
  test("leaves AWS to the SDK and names the sovereign cloud and Outscale FCU endpoints", () => {
    expect(providerEndpoint({ provider: "aws", region: "eu-west-3" })).toBeNull();
    expect(providerEndpoint({ provider: "aws-eusc", region: "eusc-de-east-1" })).toBe(
      "https://ec2.eusc-de-east-1.amazonaws.eu",
    );
    expect(providerEndpoint({ provider: "outscale", region: "cloudgouv-eu-west-1" })).toBe(
      "https://fcu.cloudgouv-eu-west-1.outscale.com",
    );
  });
});

describe("parseSiteAssignments", () => {
  test("reads SITE=VALUE pairs, keeping everything after the first =", () => {
    const parsed = parseSiteAssignments("--endpoint", ["gov-a=http://127.0.0.1:9/x?a=b", "gov-b=https://h"]);
    expect([...parsed]).toEqual([
      ["gov-a", "http://127.0.0.1:9/x?a=b"],
      ["gov-b", "https://h"],
    ]);
  });

  test("a bare value applies to every site only where allowed", () => {
    expect([...parseSiteAssignments("--profile", ["ops", "gov-a=sec"], true)]).toEqual([
      ["*", "ops"],
      ["gov-a", "sec"],
    ]);
    expect(() => parseSiteAssignments("--endpoint", ["https://h"])).toThrow("--endpoint https://h: expected SITE=URL");
  });

  test("refuses empty parts and a site named twice", () => {
    expect(() => parseSiteAssignments("--endpoint", ["=https://h"])).toThrow(InputError);
    expect(() => parseSiteAssignments("--endpoint", ["gov-a="])).toThrow("expected SITE=URL");
    expect(() => parseSiteAssignments("--profile", ["gov-a=x", "gov-a=y"], true)).toThrow(
      "--profile is given twice for site gov-a",
    );
  });
});

describe("validateEndpointOverrides", () => {
  test("accepts http(s) URLs for known sites", () => {
    expect(() => validateEndpointOverrides(new Map([["gov-a", "http://127.0.0.1:4566"]]), ["gov-a"])).not.toThrow();
  });

  test("names an unknown site and lists the cloud sites", () => {
    try {
      validateEndpointOverrides(new Map([["gov-z", "https://h"]]), ["gov-a", "gov-b"]);
      throw new Error("expected an error");
    } catch (error) {
      expect((error as InputError).message).toBe("--endpoint gov-z=https://h: the manifest has no cloud site gov-z");
      expect((error as InputError).hint).toBe("cloud sites: gov-a, gov-b");
    }
  });

  test("refuses what is not an http(s) URL", () => {
    expect(() => validateEndpointOverrides(new Map([["gov-a", "fcu.example"]]), ["gov-a"])).toThrow(
      "not an http(s) URL",
    );
    expect(() => validateEndpointOverrides(new Map([["gov-a", "ftp://h"]]), ["gov-a"])).toThrow("not an http(s) URL");
  });

  test.each(["http://127.0.0.1:4566", "http://127.8.9.10", "http://[::1]:8080", "http://localhost:5000/"])(
    "accepts plain http to this machine: %s",
    (url) => {
      expect(() => validateEndpointOverrides(new Map([["gov-a", url]]), ["gov-a"])).not.toThrow();
    },
  );

  test.each([
    "http://fcu.cloudgouv-eu-west-1.outscale.com",
    "http://10.0.0.5",
    "http://128.0.0.1",
    "http://localhost.evil",
  ])("refuses plain http to another host, saying why and what to do: %s", (url) => {
    try {
      validateEndpointOverrides(new Map([["gov-a", url]]), ["gov-a"]);
      throw new Error("expected an error");
    } catch (error) {
      expect((error as InputError).message).toBe(
        `--endpoint gov-a=${url}: plain http would send the request signatures and session token in cleartext`,
      );
      expect((error as InputError).hint).toContain("use https");
    }
  });

  test("refuses credentials in the URL without ever repeating them", () => {
    const messages: string[] = [];
    for (const [site, url] of [
      ["gov-a", "https://AKIDSECRET:wJalrSECRET@fcu.example.com"],
      ["gov-z", "https://AKIDSECRET:wJalrSECRET@fcu.example.com"],
      ["gov-a", "ftp://AKIDSECRET:wJalrSECRET@h"],
    ]) {
      try {
        validateEndpointOverrides(new Map([[site!, url!]]), ["gov-a"]);
      } catch (error) {
        messages.push(`${(error as InputError).message} ${(error as InputError).hint}`);
      }
    }
    try {
      parseSiteAssignments("--endpoint", ["https://AKIDSECRET:wJalrSECRET@h"]);
    } catch (error) {
      messages.push((error as InputError).message);
    }
    expect(messages).toHaveLength(4);
    expect(messages[0]).toContain("--endpoint gov-a=https://***@fcu.example.com: the URL carries credentials");
    for (const message of messages) expect(message).not.toMatch(/AKIDSECRET|wJalrSECRET/);
  });
});

describe("validateProfileSites", () => {
  test("accepts a profile for every site and for known sites, refuses unknown sites", () => {
    expect(() =>
      validateProfileSites(
        new Map([
          ["*", "ops"],
          ["gov-a", "osc"],
        ]),
        ["gov-a"],
      ),
    ).not.toThrow();
    expect(() => validateProfileSites(new Map([["gov-z", "osc"]]), ["gov-a"])).toThrow(
      "--profile gov-z=osc: the manifest has no cloud site gov-z",
    );
  });
});

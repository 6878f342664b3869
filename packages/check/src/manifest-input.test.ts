import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { InputError } from "@relais/policy";
import { ManifestInputError, parseManifestText, readManifestFile } from "./manifest-input";
import { manifest } from "./testing/manifests";

function messageOf(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error("expected an input error");
}

describe("parseManifestText", () => {
  test("reads one manifest, a list, or the relais output of `pulumi stack output --json`", () => {
    const one = manifest();
    expect(parseManifestText(JSON.stringify(one))).toEqual([one]);
    expect(parseManifestText(JSON.stringify([one, one]))).toHaveLength(2);
    expect(parseManifestText(JSON.stringify({ relais: one, url: "https://x" }))).toEqual([one]);
  });

  test("says what is wrong, where, for an invalid manifest", () => {
    const broken = manifest();
    (broken.services[0]!.sites[1] as { desired: unknown }).desired = "three";
    (broken.sites[0] as { provider: unknown }).provider = "azure";
    const message = messageOf(() => parseManifestText(JSON.stringify(broken), "m.json"));
    expect(message).toMatch(/^m\.json is not a valid Relais manifest:\n/);
    expect(message).toContain("  sites[0].provider: ");
    expect(message).toContain("  services[0].sites[1].desired: ");
  });

  test("refuses text that is not JSON, another manifest version, and an empty list", () => {
    expect(messageOf(() => parseManifestText("{ nope", "m.json"))).toMatch(/^m\.json is not JSON: /);
    expect(messageOf(() => parseManifestText(JSON.stringify({ ...manifest(), version: 3 }), "m.json"))).toBe(
      "m.json is manifest version 3; this relais reads version 2",
    );
    expect(messageOf(() => parseManifestText(JSON.stringify({ ...manifest(), version: 1 }), "m.json"))).toBe(
      "m.json is manifest version 1; this relais reads version 2",
    );
    expect(messageOf(() => parseManifestText("[]", "m.json"))).toBe("m.json is an empty list: it names no manifest");
  });

  test("names the item of a list that is wrong", () => {
    const text = JSON.stringify([manifest(), { version: 2 }]);
    expect(messageOf(() => parseManifestText(text, "m.json"))).toMatch(/^m\.json\[1\] is not a valid Relais manifest/);
  });
});

describe("readManifestFile", () => {
  const dir = mkdtempSync(join(tmpdir(), "relais-manifest-"));

  test("reads a file", () => {
    const file = join(dir, "ok.json");
    writeFileSync(file, JSON.stringify(manifest()));
    expect(readManifestFile(file)[0]!.policy).toBe("test-policy");
  });

  test("a missing file or a directory is an input error with a hint to save the stack output", () => {
    try {
      readManifestFile(join(dir, "missing.json"));
      throw new Error("expected an error");
    } catch (error) {
      expect(error).toBeInstanceOf(ManifestInputError);
      expect((error as ManifestInputError).message).toBe(`cannot read ${join(dir, "missing.json")}: no such file`);
      expect((error as ManifestInputError).hint).toBe(
        "save it with: pulumi stack output relais --json > manifest.json",
      );
    }
    expect(messageOf(() => readManifestFile(dir))).toBe(`${dir} is a directory, not a manifest file`);
  });
});

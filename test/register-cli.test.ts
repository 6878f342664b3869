import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REGISTER_TEMPLATES } from "@relais/report";
import { basePolicy, REPO_ROOT } from "@relais/test-support";
import { stringify } from "yaml";
import { fullPolicy } from "../packages/report/src/testing/fixtures";
import { runMain } from "./support/cli-in-process";

function relais(args: readonly string[]) {
  return runMain(args, { cwd: REPO_ROOT, env: { NO_COLOR: "1" } });
}

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF records). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (character === '"') quoted = false;
      else field += character;
    } else if (character === '"') quoted = true;
    else if (character === ",") {
      record.push(field);
      field = "";
    } else if (character === "\r" && text[index + 1] === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      index++;
    } else field += character;
  }
  return records;
}

function table(dir: string, file: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(readFileSync(join(dir, file), "utf8"));
  return rows.map((row) => Object.fromEntries(header.map((code, index) => [code, row[index]])));
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "relais-register-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("relais register", () => {
  it("writes the four templates of the example with their documented columns, hosting providers included", async () => {
    const out = join(dir, "example");
    const result = await relais([
      "register",
      "examples/policies/acme-payments.yaml",
      "--out",
      out,
      "--today",
      "2026-11-28",
    ]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`wrote ${join(out, "b_05.01.csv")} (B_05.01, 6 rows)`);
    expect(readdirSync(out).sort()).toEqual(["b_02.02.csv", "b_05.01.csv", "b_06.01.csv", "b_07.01.csv"]);
    for (const template of REGISTER_TEMPLATES) {
      const text = readFileSync(join(out, template.file), "utf8");
      const [header, ...rows] = parseCsv(text);
      expect(header).toEqual(template.columns.map((column) => column.code));
      for (const row of rows) expect(row).toHaveLength(header.length);
      expect(text.endsWith("\r\n")).toBe(true);
    }
    const providers = table(out, "b_05.01.csv");
    expect(providers.map((row) => [row["relais.supplier"], row["B_05.01.0050"], row["B_05.01.0080"]])).toEqual([
      ["card-network", "CB card network", "FR"],
      ["visa-direct", "Visa direct connection", "FR"],
      ["threat-intel", "Threat intelligence feed", "DE"],
      ["bank-sftp", "Settlement bank SFTP", "FR"],
      ["outscale", "3DS Outscale", "FR"],
      ["aws-eusc", "AWS European Sovereign Cloud", "DE"],
    ]);
    const functions = table(out, "b_06.01.csv");
    expect(functions.find((row) => row["relais.service"] === "payments-api")).toMatchObject({
      "B_06.01.0010": "F-payments-api",
      "B_06.01.0030": "Card payment authorisation",
      "B_06.01.0040": "969500ZZZZZZZZZZZZ99",
      "B_06.01.0050": "Yes",
      "B_06.01.0080": "1",
      "B_06.01.0090": "1",
      "relais.rto": "15m",
    });
    expect(functions.find((row) => row["relais.service"] === "reporting")).toMatchObject({
      "B_06.01.0050": "No",
      "B_06.01.0080": "24",
    });
    const assessments = table(out, "b_07.01.csv");
    expect(assessments.find((row) => row["relais.supplier"] === "bank-sftp")).toMatchObject({
      "B_07.01.0010": "BK-2023-004",
      "B_07.01.0050": "Not substitutable",
      "B_07.01.0060": "Lack of real alternatives",
      "B_07.01.0080": "Yes",
      "B_07.01.0100": "High",
      "B_07.01.0110": "No",
    });
    expect(result.stdout).toContain("B_05.01: the policy cannot fill 3 mandatory columns:");
    expect(result.stdout).toContain("  B_05.01.0070  Type of person of the ICT third-party service provider");
  });

  it("writes what a reporting tool ingests with --mode filing, and says what is missing in JSON", async () => {
    const out = join(dir, "filing");
    const result = await relais([
      "register",
      "examples/policies/acme-payments.yaml",
      "--out",
      out,
      "--mode",
      "filing",
      "--format",
      "json",
      "--today",
      "2026-11-28",
      "--quiet",
    ]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    const [header, ...rows] = parseCsv(readFileSync(join(out, "b_05.01.csv"), "utf8"));
    expect(header).toEqual([
      "c0010",
      "c0020",
      "c0030",
      "c0040",
      "c0050",
      "c0060",
      "c0070",
      "c0080",
      "c0090",
      "c0100",
      "c0110",
      "c0120",
    ]);
    expect(rows.map((row) => row[7])).toEqual([
      "eba_GA:FR",
      "eba_GA:FR",
      "eba_GA:DE",
      "eba_GA:FR",
      "eba_GA:FR",
      "eba_GA:DE",
    ]);
    const functions = parseCsv(readFileSync(join(out, "b_06.01.csv"), "utf8"));
    expect(functions[1].slice(0, 5)).toEqual([
      "F-payments-api",
      "",
      "Card payment authorisation",
      "969500ZZZZZZZZZZZZ99",
      "eba_BT:x28",
    ]);
    const summary = JSON.parse(result.stdout);
    expect(summary.mode).toBe("filing");
    expect(summary.files[1]).toMatchObject({ template: "B_05.01", rows: 6 });
    expect(summary.files[1].unfilled.map((column: { column: string }) => column.column)).toEqual([
      "c0010",
      "c0020",
      "c0070",
    ]);
  });

  it("quotes fields per RFC 4180 and keeps UTF-8", async () => {
    const policy = fullPolicy();
    policy.suppliers["payments-switch"].name = 'Société "Switch", Vélizy';
    const file = join(dir, "quoted.yaml");
    writeFileSync(file, stringify(policy));
    const out = join(dir, "quoted");
    expect((await relais(["register", file, "--out", out, "--quiet"])).code).toBe(0);
    const text = readFileSync(join(out, "b_05.01.csv"), "utf8");
    expect(text).toContain(',,,,"Société ""Switch"", Vélizy",,,FR,');
    expect(table(out, "b_05.01.csv")[0]["B_05.01.0050"]).toBe('Société "Switch", Vélizy');
  });

  it.each([
    [["register", "examples/policies/acme-payments.yaml"], "required option '--out <dir>' not specified"],
    [
      ["register", "examples/policies/acme-payments.yaml", "--out", "x", "--mode", "xbrl"],
      "--mode xbrl is not a register mode",
    ],
    [
      ["register", "examples/policies/acme-payments.yaml", "--out", "x", "--format", "md"],
      "--format md is not supported",
    ],
    [
      ["register", "examples/policies/acme-payments.yaml", "--out", "x", "--today", "2026-13-01"],
      "--today 2026-13-01 is not a date",
    ],
    [["register", "examples/policies/acme-payments.yaml", "--out", "package.json"], "--out package.json is a file"],
  ])("exits 2 on %j", async (args, message) => {
    const result = await relais(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it("refuses an invalid policy with its findings", async () => {
    const policy = basePolicy();
    policy.services.api.tier = "gold";
    const file = join(dir, "invalid.yaml");
    writeFileSync(file, stringify(policy));
    const result = await relais(["register", file, "--out", join(dir, "never")]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown-reference");
    expect(readdirSync(dir)).not.toContain("never");
  });
});

describe("docs/dora-register.md", () => {
  it("documents every column of every template the register writes", async () => {
    const doc = readFileSync(join(REPO_ROOT, "docs", "dora-register.md"), "utf8");
    for (const template of REGISTER_TEMPLATES) {
      expect(doc).toContain(`\`${template.file}\``);
      for (const column of template.columns) {
        // A table row whose first cell is the column code (the formatter pads cells).
        const code = column.code.replace(/\./g, "\\.");
        expect(doc).toMatch(new RegExp(`^\\| \`${code}\` +\\| ${column.name.replace(/[()?]/g, "\\$&")}`, "m"));
      }
    }
  });
});

import { parsedFullPolicy } from "../testing/fixtures";
import { set } from "../testing/mutate";
import { buildRegister, hours, registerCsv } from "./build";
import { REGISTER_TEMPLATES } from "./columns";

const B_05_01_CODES = [
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
];

/** The rows of a template as records keyed by column code. */
function records(code: string, policy = parsedFullPolicy(), options = {}) {
  const table = buildRegister(policy, options).find((candidate) => candidate.template.code === code);
  if (!table) throw new Error(`no template ${code}`);
  return table.rows.map((row) =>
    Object.fromEntries(table.template.columns.map((column, index) => [column.code, row[index]])),
  );
}

describe("buildRegister", () => {
  it("writes the four templates, each row as long as its header", () => {
    const tables = buildRegister(parsedFullPolicy());
    expect(tables.map((table) => table.template.file)).toEqual([
      "b_02.02.csv",
      "b_05.01.csv",
      "b_06.01.csv",
      "b_07.01.csv",
    ]);
    for (const table of tables) {
      for (const row of table.rows) expect(row).toHaveLength(table.template.columns.length);
    }
  });

  it("lists ICT providers in B_05.01, hosting providers included, declared or not", () => {
    const policy = parsedFullPolicy((p) => {
      p.suppliers.outscale.lei = "969500OUTSCALE000042";
    });
    expect(
      records("B_05.01", policy).map((row) => [row["relais.supplier"], row["B_05.01.0050"], row["B_05.01.0080"]]),
    ).toEqual([
      ["payments-switch", "Payments switch", "FR"],
      ["outscale", "3DS Outscale", "FR"],
      ["backup-switch", "Backup switch", ""],
      ["aws", "Amazon Web Services", ""],
    ]);
    expect(records("B_05.01", policy)[1]).toMatchObject({
      "B_05.01.0010": "969500OUTSCALE000042",
      "B_05.01.0020": "LEI",
    });
    expect(records("B_05.01", policy)[0]["B_05.01.0010"]).toBe("");
  });

  it("leaves out suppliers that are neither ICT providers nor hosts", () => {
    const policy = parsedFullPolicy(set("suppliers.backup-switch.ict", false));
    expect(records("B_05.01", policy).map((row) => row["relais.supplier"])).toEqual([
      "payments-switch",
      "outscale",
      "aws",
    ]);
    expect(records("B_07.01", policy).map((row) => row["relais.supplier"])).toEqual([
      "payments-switch",
      "outscale",
      "aws",
    ]);
  });

  it("describes functions in B_06.01: ids from service ids, criticality as declared, RTO and RPO in hours", () => {
    const policy = parsedFullPolicy((p) => {
      p.tiers.critical.criticalFunction = true;
      p.regulation = { regimes: ["dora"], lei: "969500ACME0000000001" };
    });
    expect(records("B_06.01", policy)).toEqual([
      expect.objectContaining({
        "B_06.01.0010": "F-api",
        "B_06.01.0030": "api",
        "B_06.01.0040": "969500ACME0000000001",
        "B_06.01.0050": "Yes",
        "B_06.01.0060": "Supports a critical or important function (tier critical: RTO 15m, RPO 1m, MTPD 4h)",
        "B_06.01.0070": "2026-10-01",
        "B_06.01.0080": "1",
        "B_06.01.0090": "1",
        "relais.rto": "15m",
        "relais.suppliers": "payments-switch outscale",
      }),
      expect.objectContaining({ "B_06.01.0010": "F-db", "B_06.01.0050": "Yes", "relais.service": "db" }),
      expect.objectContaining({
        "B_06.01.0010": "F-reports",
        "B_06.01.0050": "Assessment not performed",
        "B_06.01.0060": "",
        "B_06.01.0080": "24",
        "relais.service": "reports",
      }),
    ]);
  });

  it("never guesses criticality from minSites, and keeps function ids when services are reordered", () => {
    const reordered = parsedFullPolicy((p) => {
      p.services = { reports: p.services.reports, db: p.services.db, api: p.services.api };
    });
    const rows = records("B_06.01", reordered);
    expect(rows.map((row) => [row["B_06.01.0010"], row["B_06.01.0050"]])).toEqual([
      ["F-reports", "Assessment not performed"],
      ["F-db", "Assessment not performed"],
      ["F-api", "Assessment not performed"],
    ]);
  });

  it("links functions to the providers they rely on in B_02.02: hard chains and whole hosting as full reliance", () => {
    const policy = parsedFullPolicy((p) => {
      p.services.db.dependsOn = [{ supplier: "backup-switch", hard: true }];
      p.services.reports.sites = ["site-c", "site-a"];
      p.suppliers["payments-switch"].contract = "PS-2025-001";
    });
    expect(
      records("B_02.02", policy).map((row) => [
        row["B_02.02.0050"],
        row["relais.supplier"],
        row["B_02.02.0180"],
        row["relais.path"],
      ]),
    ).toEqual([
      ["F-api", "payments-switch", "Full reliance", "api → payments-switch"],
      ["F-api", "outscale", "Full reliance", "api → site-a, site-b"],
      ["F-api", "backup-switch", "Full reliance", "api → db → backup-switch"],
      ["F-db", "outscale", "Full reliance", "db → site-a, site-b"],
      ["F-db", "backup-switch", "Full reliance", "db → backup-switch"],
      ["F-reports", "outscale", "Material reliance", "reports → site-a"],
      ["F-reports", "backup-switch", "Low reliance", "reports → db → backup-switch"],
      ["F-reports", "aws", "Material reliance", "reports → site-c"],
    ]);
    expect(records("B_02.02", policy)[0]["B_02.02.0010"]).toBe("PS-2025-001");
  });

  it("assesses substitutability, exit plans and alternates in B_07.01", () => {
    const policy = parsedFullPolicy((p) => {
      p.suppliers.lonely = { name: "Lonely", criticality: "minor", ict: true };
    });
    const rows = records("B_07.01", policy);
    expect(rows.map((row) => row["relais.supplier"])).toEqual([
      "payments-switch",
      "outscale",
      "backup-switch",
      "lonely",
      "aws",
    ]);
    expect(rows[0]).toMatchObject({
      "B_07.01.0050": "Highly complex substitutability",
      "B_07.01.0060": "Difficulties in migrating or reintegrating",
      "B_07.01.0080": "Yes",
      "B_07.01.0100": "High",
      "B_07.01.0110": "Yes",
      "B_07.01.0120": "Backup switch (backup-switch)",
      "relais.switchover": "2h",
      "relais.recoveryRto": "10m",
    });
    expect(rows[2]).toMatchObject({
      "B_07.01.0050": "Easily substitutable",
      "B_07.01.0060": "",
      "B_07.01.0080": "No",
      "B_07.01.0100": "Medium",
      "B_07.01.0110": "No",
    });
    expect(rows[3]).toMatchObject({
      "B_07.01.0050": "Not substitutable",
      "B_07.01.0060": "Lack of real alternatives",
      "B_07.01.0100": "Low",
    });
    // Nothing is known of an undeclared provider's substitutability: the column stays empty, never guessed.
    expect(rows[4]).toMatchObject({ "B_07.01.0050": "", "B_07.01.0080": "No", "B_07.01.0100": "" });
  });

  it("writes c-coded headers, EBA codes and no extra column in filing mode", () => {
    const policy = parsedFullPolicy((p) => {
      p.tiers.critical.criticalFunction = true;
      p.tiers.standard.criticalFunction = false;
    });
    const tables = buildRegister(policy, { mode: "filing" });
    const providers = tables[1];
    expect(providers.header).toEqual(B_05_01_CODES);
    expect(providers.rows[0][providers.header.indexOf("c0080")]).toBe("eba_GA:FR");
    const functions = tables[2];
    expect(functions.rows.map((row) => [row[0], row[functions.header.indexOf("c0050")]])).toEqual([
      ["F-api", "eba_BT:x28"],
      ["F-db", "eba_BT:x28"],
      ["F-reports", "eba_BT:x29"],
    ]);
    const links = tables[0];
    expect(links.rows[0][links.header.indexOf("c0180")]).toBe("eba_ZZ:x797");
    for (const table of tables) {
      expect(table.header.every((code) => /^c\d{4}$/.test(code))).toBe(true);
      expect(table.columns.some((column) => column.source === "relais")).toBe(false);
      expect(registerCsv(table).split("\r\n")[0]).toBe(table.header.join(","));
    }
  });

  it("says which mandatory columns the policy cannot fill, in both modes", () => {
    const review = buildRegister(parsedFullPolicy());
    const filing = buildRegister(parsedFullPolicy(), { mode: "filing" });
    const providersUnfilled = (tables: typeof review) => tables[1].unfilled.map((column) => column.code);
    expect(providersUnfilled(review)).toEqual(["B_05.01.0010", "B_05.01.0020", "B_05.01.0070", "B_05.01.0080"]);
    expect(providersUnfilled(filing)).toEqual(providersUnfilled(review));
    const filled = buildRegister(
      parsedFullPolicy((p) => {
        for (const supplier of Object.values(p.suppliers)) {
          supplier.lei = "969500ABCDEF12345678";
          supplier.country = "FR";
        }
        p.suppliers.aws = {
          name: "AWS EMEA",
          criticality: "important",
          country: "LU",
          lei: "969500ABCDEF12345679",
          hosts: ["site-c"],
        };
      }),
    );
    expect(providersUnfilled(filled)).toEqual(["B_05.01.0070"]);
  });

  it("writes a header of column codes", () => {
    const [first] = buildRegister(parsedFullPolicy());
    expect(registerCsv(first).split("\r\n")[0]).toBe(first.template.columns.map((column) => column.code).join(","));
    expect(first.header).toEqual(first.template.columns.map((column) => column.code));
  });

  it("declares every template column once, with codes of its own template", () => {
    for (const template of REGISTER_TEMPLATES) {
      const codes = template.columns.map((column) => column.code);
      expect(new Set(codes).size).toBe(codes.length);
      for (const column of template.columns) {
        if (column.source !== "relais") expect(column.code.startsWith(`${template.code}.`)).toBe(true);
      }
    }
  });
});

describe("hours", () => {
  it.each([
    [0, "1"],
    [60, "1"],
    [3600, "1"],
    [3601, "2"],
    [14_400, "4"],
    [86_400, "24"],
  ])("writes %i seconds as %s hours (rounded up, at least 1)", (seconds, expected) => {
    expect(hours(seconds)).toBe(expected);
  });
});

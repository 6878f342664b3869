import { parsedFullPolicy } from "../testing/fixtures";
import { set } from "../testing/mutate";
import { buildRegister, hours, registerCsv } from "./build";
import { REGISTER_TEMPLATES } from "./columns";

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

  it("lists ICT providers in B_05.01 with their name and country, and leaves identifiers empty", () => {
    expect(records("B_05.01")).toEqual([
      expect.objectContaining({
        "B_05.01.0010": "",
        "B_05.01.0050": "Payments switch",
        "B_05.01.0080": "FR",
        "relais.supplier": "payments-switch",
        "relais.criticality": "critical",
      }),
      expect.objectContaining({
        "B_05.01.0050": "Backup switch",
        "B_05.01.0080": "",
        "relais.supplier": "backup-switch",
      }),
    ]);
  });

  it("leaves out suppliers that are not ICT third-party providers", () => {
    const policy = parsedFullPolicy(set("suppliers.backup-switch.ict", false));
    expect(records("B_05.01", policy).map((row) => row["relais.supplier"])).toEqual(["payments-switch"]);
    expect(records("B_07.01", policy).map((row) => row["relais.supplier"])).toEqual(["payments-switch"]);
  });

  it("describes functions in B_06.01: F-numbers, criticality from two-site tiers, RTO and RPO in hours", () => {
    expect(records("B_06.01")).toEqual([
      expect.objectContaining({
        "B_06.01.0010": "F1",
        "B_06.01.0030": "api",
        "B_06.01.0050": "Yes",
        "B_06.01.0060": "Critical or important (tier critical: RTO 15m, RPO 1m, MTPD 4h; serves sla)",
        "B_06.01.0070": "2026-10-01",
        "B_06.01.0080": "1",
        "B_06.01.0090": "1",
        "relais.rto": "15m",
        "relais.suppliers": "payments-switch",
      }),
      expect.objectContaining({ "B_06.01.0010": "F2", "B_06.01.0050": "Yes", "relais.service": "db" }),
      expect.objectContaining({
        "B_06.01.0010": "F3",
        "B_06.01.0050": "No",
        "B_06.01.0080": "24",
        "B_06.01.0090": "24",
        "relais.service": "reports",
      }),
    ]);
  });

  it("takes the critical tiers from the options when given", () => {
    const rows = records("B_06.01", parsedFullPolicy(), { criticalTiers: ["standard"] });
    expect(rows.map((row) => row["B_06.01.0050"])).toEqual(["No", "No", "Yes"]);
  });

  it("links functions to the providers they rely on in B_02.02, hard chains as full reliance", () => {
    const policy = parsedFullPolicy((p) => {
      p.services.db.dependsOn = [{ supplier: "backup-switch", hard: true }];
    });
    expect(
      records("B_02.02", policy).map((row) => [
        row["B_02.02.0050"],
        row["relais.supplier"],
        row["B_02.02.0180"],
        row["relais.path"],
      ]),
    ).toEqual([
      ["F1", "payments-switch", "Full reliance", "api → payments-switch"],
      ["F1", "backup-switch", "Full reliance", "api → db → backup-switch"],
      ["F2", "backup-switch", "Full reliance", "db → backup-switch"],
      ["F3", "backup-switch", "Low reliance", "reports → db → backup-switch"],
    ]);
  });

  it("assesses substitutability, exit plans and alternates in B_07.01", () => {
    const policy = parsedFullPolicy((p) => {
      p.suppliers.lonely = { name: "Lonely", criticality: "minor", ict: true };
    });
    expect(records("B_07.01", policy)).toEqual([
      expect.objectContaining({
        "B_07.01.0050": "Highly complex substitutability",
        "B_07.01.0060": "Difficulties in migrating or reintegrating",
        "B_07.01.0080": "Yes",
        "B_07.01.0100": "High",
        "B_07.01.0110": "Yes",
        "B_07.01.0120": "Backup switch (backup-switch)",
        "relais.switchover": "2h",
        "relais.recoveryRto": "10m",
      }),
      expect.objectContaining({
        "B_07.01.0050": "Easily substitutable",
        "B_07.01.0060": "",
        "B_07.01.0080": "No",
        "B_07.01.0100": "Medium",
        "B_07.01.0110": "No",
      }),
      expect.objectContaining({
        "B_07.01.0050": "Not substitutable",
        "B_07.01.0060": "Lack of real alternatives",
        "B_07.01.0100": "Low",
      }),
    ]);
  });

  it("writes a header of column codes", () => {
    const [first] = buildRegister(parsedFullPolicy());
    expect(registerCsv(first).split("\r\n")[0]).toBe(first.template.columns.map((column) => column.code).join(","));
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

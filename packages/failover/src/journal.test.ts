import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Journal, type JournalEntry, stepKey } from "./journal";

const dir = mkdtempSync(join(tmpdir(), "relais-journal-"));
const entry = (result: JournalEntry["result"], action = "StartInstances"): JournalEntry => ({
  time: "2026-12-01T10:00:00.000Z",
  operator: "alice",
  site: "gov-b",
  action,
  service: "payments-api",
  lost: ["gov-a"],
  resources: ["i-1"],
  result,
  reason: "r",
});

describe("the journal", () => {
  test("appends JSON lines readable as soon as append returns, private to the operator", () => {
    const file = join(dir, "new.jsonl");
    const journal = Journal.open(file);
    journal.append(entry("started"));
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual(entry("started"));
    journal.append(entry("done"));
    journal.close();
    expect(readFileSync(file, "utf8").split("\n")).toHaveLength(3);
    expect(statSync(file).mode & 0o077).toBe(0);
  });

  test("reads back the steps earlier runs finished (done or already), not the failed or started ones", () => {
    const file = join(dir, "resume.jsonl");
    const lines = [entry("started"), entry("done"), entry("failed", "ChangeResourceRecordSets")];
    writeFileSync(file, `${lines.map((line) => JSON.stringify(line)).join("\n")}\n`);
    const journal = Journal.open(file);
    journal.close();
    expect([...journal.finished.keys()]).toEqual([
      stepKey({ service: "payments-api", site: "gov-b", action: "StartInstances", lost: ["gov-a"] }),
    ]);
  });

  test("a last line cut short by a crash is ignored; a broken line before others is refused", () => {
    const cut = join(dir, "cut.jsonl");
    writeFileSync(cut, `${JSON.stringify(entry("done"))}\n{"time":"2026-12`);
    const journal = Journal.open(cut);
    journal.append(entry("done", "ChangeResourceRecordSets"));
    journal.close();
    expect(journal.finished.size).toBe(1);
    expect(Journal.open(cut).finished.size).toBe(2);
    const broken = join(dir, "broken.jsonl");
    writeFileSync(broken, `not json\n${JSON.stringify(entry("done"))}\n`);
    expect(() => Journal.open(broken)).toThrow(`${broken}:1 is not a JSON line: not a relais failover journal`);
  });
});

import fs, { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Parts } from "./parts";
import { writeFileAtomicallyFrom } from "./write-files";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "relais-write-files-"));
});
afterEach(() => {
  jest.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

/** A document as a large preview writes it: texts, and the same shared bytes again and again. */
function document(): { calls: Parts[]; expected: string } {
  const shared = Buffer.from(',\n        { "id": "svc-é", "status": "unaffected" }');
  const calls: Parts[] = [];
  let expected = "";
  for (let call = 0; call < 3; call++) {
    // More chunks in one call than one vectored write takes.
    const parts: Array<string | Uint8Array> = [`{ "scenario": ${call}, "→": [`];
    for (let index = 0; index < 2500; index++) parts.push(shared, index % 7 === 0 ? ` ✔${index}` : "");
    parts.push("] }\n");
    calls.push(parts);
    expected += parts.map((part) => (typeof part === "string" ? part : Buffer.from(part).toString("utf8"))).join("");
  }
  return { calls, expected };
}

const produceFrom = (calls: Parts[]) => async (write: (parts: Parts) => void) => {
  for (const parts of calls) write(parts);
};

describe("writing a streamed document to --out", () => {
  it("writes every byte in order, however many chunks a call holds", async () => {
    const { calls, expected } = document();
    const out = join(dir, "preview.json");
    await writeFileAtomicallyFrom(out, produceFrom(calls));
    expect(readFileSync(out, "utf8")).toBe(expected);
    expect(readdirSync(dir)).toEqual(["preview.json"]);
  });

  it("carries on where the system stopped when it writes only part of a vectored write", async () => {
    const writev = fs.writevSync;
    // At most 1,000 bytes a call, ending anywhere in a chunk or a multi-byte character.
    const spy = jest.spyOn(fs, "writevSync").mockImplementation((descriptor, buffers) => {
      const whole = Buffer.concat(buffers as Uint8Array[]);
      return writev(descriptor, [whole.subarray(0, Math.min(whole.length, 1000))]);
    });
    const { calls, expected } = document();
    const out = join(dir, "preview.json");
    await writeFileAtomicallyFrom(out, produceFrom(calls));
    expect(spy.mock.calls.length).toBeGreaterThan(Buffer.byteLength(expected) / 1000);
    expect(readFileSync(out, "utf8")).toBe(expected);
  });

  it("leaves the previous file intact and no temporary file when the disk fills up", async () => {
    const out = join(dir, "preview.json");
    writeFileSync(out, "previous preview\n");
    const writev = fs.writevSync;
    let calls = 0;
    jest.spyOn(fs, "writevSync").mockImplementation((descriptor, buffers) => {
      if (++calls > 2)
        throw Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC", syscall: "write" });
      return writev(descriptor, buffers);
    });
    await expect(writeFileAtomicallyFrom(out, produceFrom(document().calls))).rejects.toThrow(
      `cannot write ${out}: no space left on the device (ENOSPC)`,
    );
    expect(readFileSync(out, "utf8")).toBe("previous preview\n");
    expect(readdirSync(dir)).toEqual(["preview.json"]);
  });
});

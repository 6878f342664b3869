import fs from "node:fs";
import { fileSystemError } from "./errors";
import { stdoutWriter } from "./json-stream";
import { claimStandardOutput } from "./standard-output";

afterEach(() => jest.restoreAllMocks());

describe("writing a large output to standard output redirected to a file", () => {
  it("names standard output when the disk fills up", () => {
    claimStandardOutput();
    jest.spyOn(fs, "fstatSync").mockReturnValue({ isFile: () => true } as fs.Stats);
    jest.spyOn(fs, "writevSync").mockImplementation(() => {
      throw Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC", syscall: "write" });
    });
    let thrown: unknown;
    try {
      stdoutWriter()(["{", Buffer.from("}")]);
    } catch (error) {
      thrown = error;
    }
    expect(fileSystemError(thrown)?.message).toBe("cannot write standard output: no space left on the device (ENOSPC)");
  });
});

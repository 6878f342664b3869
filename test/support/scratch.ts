import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { examplePolicyText } from "./policies";

/** A directory of a test file's own, made before its tests and removed after them. */
export interface Scratch {
  /** The directory (available from the first `beforeAll` on). */
  readonly dir: string;
  /** Writes `content` to `name` under the directory, making the folders on the way; returns the file's path. */
  write(name: string, content: string | Buffer): string;
  /** The example policy with `from` replaced by `to` (which must be in it), written to `name`. */
  exampleVariant(name: string, from: string, to: string): string;
}

/** Registers a scratch directory for the calling test file; call it at the file's top level. */
export function scratchDirectory(prefix: string): Scratch {
  let dir: string | undefined;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), `relais-${prefix}-`));
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  const scratch: Scratch = {
    get dir() {
      if (dir === undefined) throw new Error("the scratch directory exists only while the file's tests run");
      return dir;
    },
    write(name, content) {
      const file = join(scratch.dir, name);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
      return file;
    },
    exampleVariant(name, from, to) {
      const text = examplePolicyText();
      expect(text).toContain(from);
      return scratch.write(name, text.replace(from, to));
    },
  };
  return scratch;
}

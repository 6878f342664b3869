import { UsageError } from "./errors";

/** The most standard input a command reads: the size limit of a policy file (4 MiB). */
export const MAX_STDIN_BYTES = 4 * 1024 * 1024;

/**
 * Reads standard input whole, refusing it as soon as it passes `limit` bytes: the limit holds while reading, so a
 * endless or huge stream stops early instead of filling memory.
 */
export async function readStandardInput(limit = MAX_STDIN_BYTES): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  const stream = process.stdin;
  try {
    for await (const chunk of stream) {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
      total += bytes.length;
      if (total > limit) {
        throw new UsageError(
          `standard input holds more than ${limit / 1024 / 1024} MiB; relais reads at most that much`,
          "pass a file, or trim the input",
        );
      }
      chunks.push(bytes);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      stream.destroy();
      throw error;
    }
    throw new UsageError(`cannot read standard input: ${(error as Error).message}`);
  }
  return Buffer.concat(chunks);
}

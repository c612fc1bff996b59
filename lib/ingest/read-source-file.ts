/**
 * Reads a file to import, failing with a message that names the file (the import lists it as failed).
 *
 * Synchronous on purpose: `fs/promises.readFile` spends many times the CPU of `readFileSync` on a report
 * (four trips through libuv's thread pool and a FileHandle), and the callers parse the file on the same
 * thread right after anyway (measured: ADR 0007, 'Preparing a report, and the whole million again').
 */
import { readFileSync } from 'node:fs';
import { errorMessage } from '../refusal/refusal';

export async function readSourceFile(file: string): Promise<Uint8Array> {
  try {
    return readFileSync(file);
  } catch (e) {
    throw new Error(`${file}: cannot be read (${errorMessage(e)})`);
  }
}

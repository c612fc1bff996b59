/** Reads a file to import, failing with a message that names the file (the import lists it as failed). */
import { readFile } from 'node:fs/promises';

export async function readSourceFile(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (e) {
    throw new Error(`${file}: cannot be read (${e instanceof Error ? e.message : String(e)})`);
  }
}

/**
 * Another process's write in progress, as an import holds the lock while it saves a group: readers then
 * cannot rebuild marked rollups (db/queries/ensure-current-rollups.ts) and answer around the marks, from
 * the reports. Tests that want that answer ask for it inside `whileAnotherWrites`.
 */
import { createClient } from '@libsql/client';

export async function whileAnotherWrites<T>(url: string, f: () => Promise<T>): Promise<T> {
  const other = createClient({ url });
  const tx = await other.transaction('write');
  try {
    return await f();
  } finally {
    tx.close();
    other.close();
  }
}

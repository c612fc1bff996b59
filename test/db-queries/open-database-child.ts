/**
 * For open-database.test.ts, in a process of its own: `node --import tsx open-database-child.ts URL [START_AT]`
 * opens (and migrates) the database at START_AT (epoch ms), so several processes start together, and prints
 * `{ ok, ms, error }` as JSON.
 */
import { openDatabase } from '../../db/client';

async function main(): Promise<void> {
  const [url, startAt] = process.argv.slice(2);
  const wait = Number(startAt ?? 0) - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  const started = performance.now();
  try {
    const db = await openDatabase({ url });
    db.$client.close();
    process.stdout.write(JSON.stringify({ ok: true, ms: performance.now() - started }));
  } catch (e) {
    process.stdout.write(
      JSON.stringify({ ok: false, ms: performance.now() - started, error: e instanceof Error ? e.message : String(e) }),
    );
  }
}

void main();

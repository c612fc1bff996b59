/**
 * Reads and hashes the files of an import on a thread of its own, a chunk ahead of the writer's thread.
 *
 * Why: the writer's thread read each file (readFileSync) and hashed it before sending it to be prepared, and
 * while it did, nothing was written. With the files in the page cache that was ~2–3 % of its time; from a
 * disk it was most of the difference between the import's steps and its wall time (a million generated
 * files, 19 GB, more than the page cache holds: 248 of 813 s outside writing, comparing and rollups).
 * A worker's readFileSync blocks only that worker; the bytes come back transferred, not copied. Like the
 * prepare workers it runs below the writer's thread (thread-priority.ts): without that, a fourth busy thread on two
 * cores took CPU from the writer and the 100k import was no faster with the files in the page cache.
 *
 * The worker is a few lines of plain JavaScript (node:fs and node:crypto only), run with `eval`, so it needs no
 * bundle. It hashes as prepare-report.ts's sourceHash does (SHA-256, hex), and names a file it cannot read as
 * read-source-file.ts does; test/ingest/file-reader.test.ts holds it to both.
 */
import { Worker } from 'node:worker_threads';
import { LOWER_THIS_THREAD_SOURCE } from './thread-priority';

export type ReadFile = { name: string; bytes: Uint8Array; hash: string } | { name: string; error: string };

export interface FileReader {
  /** The files' bytes and hashes, in the order given; a file that cannot be read gets its error. */
  read(files: string[]): Promise<ReadFile[]>;
  close(): Promise<void>;
}

const WORKER = `${LOWER_THIS_THREAD_SOURCE}
const { parentPort } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
const { hash } = require('node:crypto');
parentPort.on('message', ({ id, files }) => {
  const results = [];
  const transfer = [];
  for (const file of files) {
    try {
      let bytes = readFileSync(file);
      if (bytes.byteOffset !== 0 || bytes.buffer.byteLength !== bytes.byteLength) bytes = Buffer.from(bytes);
      results.push({ name: file, bytes, hash: hash('sha256', bytes, 'hex') });
      transfer.push(bytes.buffer);
    } catch (e) {
      results.push({ name: file, error: file + ': cannot be read (' + (e instanceof Error ? e.message : String(e)) + ')' });
    }
  }
  parentPort.postMessage({ id, results }, transfer);
});
`;

/** The thread starts with the first `read`: an import of uploads or stored originals (no files) starts none. */
export function fileReader(): FileReader {
  let worker: Worker | null = null;
  const pending = new Map<number, { resolve: (r: ReadFile[]) => void; reject: (e: Error) => void }>();
  let next = 0;
  let broken: Error | null = null;
  const fail = (e: Error) => {
    broken = e;
    for (const request of pending.values()) request.reject(e);
    pending.clear();
  };
  const start = (): Worker => {
    const w = new Worker(WORKER, { eval: true });
    w.on('message', ({ id, results }: { id: number; results: ReadFile[] }) => {
      const request = pending.get(id);
      pending.delete(id);
      request?.resolve(
        results.map((r) =>
          'bytes' in r ? { ...r, bytes: new Uint8Array(r.bytes.buffer, r.bytes.byteOffset, r.bytes.byteLength) } : r,
        ),
      );
    });
    w.on('error', fail);
    w.on('exit', (code) => {
      if (pending.size > 0) fail(new Error(`the file reader thread stopped (exit code ${code})`));
    });
    return w;
  };
  return {
    read(files) {
      if (broken) return Promise.reject(broken);
      const w = (worker ??= start());
      const id = next++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        w.postMessage({ id, files });
      });
    },
    async close() {
      await worker?.terminate();
    },
  };
}

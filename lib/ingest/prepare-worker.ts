/** Worker thread: prepares the batches of files the import sends (parse, region, metrics, compression); answers a batch in one message. */
import { parentPort } from 'node:worker_threads';
import { errorMessage } from '../refusal/refusal';
import { ImportError, type PrepareOptions, type PreparedReport, prepareReport } from './prepare-report';
import { lowerThisThread } from './thread-priority';

export interface PrepareRequest {
  id: number;
  fileName: string;
  bytes: Uint8Array;
  options: PrepareOptions;
}

export type PrepareResponse =
  | { id: number; ok: true; prepared: PreparedReport }
  | { id: number; ok: false; error: string; reason: string };

if (parentPort) lowerThisThread();

parentPort?.on('message', async (batch: PrepareRequest[]) => {
  const out: PrepareResponse[] = [];
  const moved: ArrayBuffer[] = [];
  for (const req of batch) {
    let res: PrepareResponse;
    try {
      res = {
        id: req.id,
        ok: true,
        prepared: await prepareReport(req.bytes, req.fileName, req.options),
      };
      const { source, document, sourceText, prose } = res.prepared;
      moved.push(source.buffer as ArrayBuffer, document.buffer as ArrayBuffer);
      // Its own memory (Buffer.alloc of a few KB may share a pool slab, which must not be moved).
      if (prose.byteLength > 0 && prose.byteOffset === 0 && prose.buffer.byteLength === prose.byteLength)
        moved.push(prose.buffer as ArrayBuffer);
      if (sourceText) moved.push(sourceText.buffer as ArrayBuffer);
    } catch (e) {
      const error = e instanceof ImportError ? e.message : `${req.fileName}: ${errorMessage(e)}`;
      res = { id: req.id, ok: false, error, reason: e instanceof ImportError ? e.reason : 'unreadable' };
    }
    out.push(res);
  }
  // The compressed bytes own their memory (db/stored/stored-bytes.ts): moved to the writer thread, not copied.
  parentPort!.postMessage(out, moved);
});

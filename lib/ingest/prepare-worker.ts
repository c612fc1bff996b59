/** Worker thread: prepares files sent by the import (parse, region, metrics, compression). */
import { parentPort } from 'node:worker_threads';
import { ImportError, type PreparedReport, prepareReport } from './prepare-report';

export interface PrepareRequest { id: number; fileName: string; bytes: Uint8Array; synthetic: boolean }

export type PrepareResponse =
  | { id: number; ok: true; prepared: PreparedReport }
  | { id: number; ok: false; error: string };

parentPort?.on('message', async (req: PrepareRequest) => {
  let res: PrepareResponse;
  try {
    res = { id: req.id, ok: true, prepared: await prepareReport(req.bytes, req.fileName, { synthetic: req.synthetic }) };
  } catch (e) {
    const error = e instanceof ImportError ? e.message : `${req.fileName}: ${e instanceof Error ? e.message : String(e)}`;
    res = { id: req.id, ok: false, error };
  }
  // The compressed bytes own their memory (prepare-report.ts): moved to the writer thread, not copied.
  parentPort!.postMessage(res, res.ok ? [res.prepared.source.buffer as ArrayBuffer, res.prepared.document.buffer as ArrayBuffer] : []);
});

/** Worker thread of `npm run parse`: parses the batches of files it is sent and answers each batch in one message. */
import { parentPort } from 'node:worker_threads';
import type { EntryChunk, EntryStyle } from './parse-entry';
import { parseChunk } from './parse-one';

export interface ParseRequest {
  id: number;
  files: string[];
  style: EntryStyle;
}

export interface ParseResponse {
  id: number;
  chunk: EntryChunk;
}

parentPort?.on('message', async (req: ParseRequest) => {
  const chunk = await parseChunk(req.files, req.style);
  parentPort!.postMessage({ id: req.id, chunk } satisfies ParseResponse, [chunk.bytes.buffer as ArrayBuffer]);
});

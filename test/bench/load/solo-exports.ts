/**
 * Each export alone on the idle server, one after another (1 warm-up, then `runs`): the time a user waits
 * for the file at the row cap, and the rows per second the cap is set from.
 */
import { percentile } from '../format';
import { send } from './load-clients';
import type { LoadRequest } from './load-requests';

export interface SoloFigures {
  kind: string;
  rows: number;
  runs: number;
  status: number;
  p50: number;
  max: number;
  kib: number;
  rowsPerS: number;
}

export async function timeSoloExports(
  baseURL: string,
  token: string,
  requests: LoadRequest[],
  runs = 3,
): Promise<SoloFigures[]> {
  const out: SoloFigures[] = [];
  for (const request of requests) {
    const origin = performance.now();
    const first = await send(baseURL, request, token, origin);
    if (first.status !== 200) throw new Error(`${request.kind}: ${first.status} ${first.error ?? ''}`);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const s = await send(baseURL, request, token, origin);
      times.push(s.end - s.start);
    }
    times.sort((a, b) => a - b);
    const p50 = percentile(times, 0.5);
    const rows = request.rows ?? 0;
    out.push({
      kind: request.kind,
      rows,
      runs,
      status: first.status,
      p50,
      max: times[times.length - 1],
      kib: first.bytes / 1024,
      rowsPerS: rows / (p50 / 1000),
    });
  }
  return out;
}

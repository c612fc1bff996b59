/**
 * The load: `clients` loops, each sending one request at a time for `seconds`, an export with chance
 * `exportShare` and otherwise a page, drawn with a fixed seed. A client turned away (503) goes straight
 * on to its next request, as an impatient user would. Every request is kept as a sample.
 */
import { mulberry32 } from '../../../lib/synth/prng';
import type { LoadRequest } from './load-requests';

export interface Sample {
  kind: string;
  group: LoadRequest['group'];
  /** ms since the load began. */
  start: number;
  end: number;
  /** 0 when no answer came (a network error or the client's timeout). */
  status: number;
  bytes: number;
  error?: string;
}

export interface LoadPlan {
  baseURL: string;
  token: string;
  pages: LoadRequest[];
  exports: LoadRequest[];
  clients: number;
  seconds: number;
  exportShare: number;
}

/** Longer than any export may take (the server stops one at 60 s), so a hang shows as an error. */
const REQUEST_TIMEOUT_MS = 120_000;

export async function send(baseURL: string, request: LoadRequest, token: string, origin: number): Promise<Sample> {
  const start = performance.now() - origin;
  const headers: Record<string, string> = request.token ? { authorization: `Bearer ${token}` } : {};
  const base = { kind: request.kind, group: request.group, start };
  try {
    const res = await fetch(baseURL + request.path, { headers, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    const body = await res.arrayBuffer();
    const sample: Sample = { ...base, end: performance.now() - origin, status: res.status, bytes: body.byteLength };
    if (res.status >= 400 && res.status !== 503) sample.error = new TextDecoder().decode(body).slice(0, 300);
    return sample;
  } catch (e) {
    return {
      ...base,
      end: performance.now() - origin,
      status: 0,
      bytes: 0,
      error: e instanceof Error ? `${e.name}: ${e.message}` : String(e),
    };
  }
}

export async function runClients(plan: LoadPlan): Promise<Sample[]> {
  const origin = performance.now();
  const deadline = plan.seconds * 1000;
  const samples: Sample[] = [];
  const client = async (n: number) => {
    const rng = mulberry32(1000 + n);
    const pick = <T>(list: T[]) => list[Math.floor(rng() * list.length)];
    while (performance.now() - origin < deadline) {
      const request = rng() < plan.exportShare ? pick(plan.exports) : pick(plan.pages);
      samples.push(await send(plan.baseURL, request, plan.token, origin));
    }
  };
  await Promise.all(Array.from({ length: plan.clients }, (_, n) => client(n)));
  return samples;
}

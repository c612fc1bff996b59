/**
 * URL-state fuzz (issue 18): every page and API route, asked with random and extreme values for every
 * parameter it reads, odd keys, odd agency ids, wrong methods and garbage upload bodies
 * (url-fuzz-cases.ts), answers a page or a 4xx with a message, never a 5xx; and the server logs no error
 * meanwhile that a page swallowed into a 200 or a 4xx. Requests go out as raw HTTP, so percent garbage
 * and dot segments reach the server as written. `URL_FUZZ_SEED=n` replays a run; a failure prints the
 * exact request.
 */
import { readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import { describe, expect, inject, it } from 'vitest';
import { SERVER_LOG } from './app-server';
import { type FuzzCase, fuzzCases } from './url-fuzz-cases';

const SEED = Number(process.env.URL_FUZZ_SEED ?? 20_261_218);
/** Two cores run the server: four requests at a time keep it busy without queueing pages for seconds. */
const CONCURRENCY = 4;
const COMBINATIONS_PER_ROUTE = 12;
const MAX_REDIRECTS = 3;

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** Sends the request with its path exactly as written (fetch would resolve `..` and re-encode it). */
async function send(c: Pick<FuzzCase, 'url' | 'method' | 'headers' | 'body'>): Promise<Answer> {
  const base = new URL(inject('baseURL'));
  // Request serializes FormData and sets its multipart content type, as a browser would.
  const prepared =
    c.body === undefined ? null : new Request(base, { method: 'POST', body: c.body, headers: c.headers });
  const body = prepared ? Buffer.from(await prepared.arrayBuffer()) : undefined;
  const headers: Record<string, string> = { ...c.headers };
  const type = prepared?.headers.get('content-type');
  if (type) headers['content-type'] = type;
  if (body) headers['content-length'] = String(body.length);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: base.hostname, port: base.port, path: c.url, method: c.method, headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (b: Buffer) => chunks.push(b));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.setTimeout(30_000, () => req.destroy(new Error('no answer in 30 s')));
    req.on('error', reject);
    req.end(body);
  });
}

/** The words a reader sees in an HTML answer: no scripts, styles or tags. */
const visibleText = (html: string) =>
  html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** What is wrong with an answer, or null: never ≥ 500, a 4xx says why, a 200 is what the route makes. */
function problemOf(c: FuzzCase, a: Answer): string | null {
  const type = String(a.headers['content-type'] ?? '');
  if (a.status >= 500) return `answered ${a.status}: ${a.body.slice(0, 300)}`;
  if (a.status >= 400) {
    if (type.includes('json')) {
      let json: { message?: unknown; error?: unknown };
      try {
        json = JSON.parse(a.body);
      } catch {
        return `answered ${a.status} with JSON that does not parse: ${a.body.slice(0, 200)}`;
      }
      const said = [json.message, json.error].find((m) => typeof m === 'string' && m.trim());
      return said ? null : `answered ${a.status} with JSON without a message: ${a.body.slice(0, 200)}`;
    }
    const text = type.includes('html') ? visibleText(a.body) : a.body.trim();
    return text ? null : `answered ${a.status} with an empty body`;
  }
  if (a.status !== 200) return `answered ${a.status}`;
  switch (c.kind) {
    case 'page':
      if (!type.includes('text/html')) return `page answered 200 as ${type}`;
      return a.body.includes('<main class="page">') && a.body.includes('class="topbar"')
        ? null
        : 'page answered 200 without the app layout (topbar, main)';
    case 'image':
      return /^image\/(svg\+xml|png)/.test(type) && a.body.length > 0 ? null : `chart answered 200 as ${type}`;
    case 'file':
      return /text\/csv|spreadsheetml/.test(type) ? null : `export answered 200 as ${type}`;
    case 'json':
      return type.includes('json') ? null : `answered 200 as ${type}`;
  }
}

interface Outcome {
  c: FuzzCase;
  /** The status of the first answer (a redirect is followed and checked, but counted by its first status). */
  status: number;
  problem: string | null;
  ms: number;
}

/** Sends a case and follows its redirects on this server, checking every answer. */
async function run(c: FuzzCase): Promise<Outcome> {
  const start = performance.now();
  const outcome = await check(c);
  return { ...outcome, ms: performance.now() - start };
}

async function check(c: FuzzCase): Promise<Omit<Outcome, 'ms'>> {
  let answer: Answer;
  try {
    answer = await send(c);
  } catch (e) {
    return { c, status: 0, problem: `no answer: ${(e as Error).message}` };
  }
  const status = answer.status;
  let current = c;
  for (let hop = 0; answer.status >= 300 && answer.status < 400; hop++) {
    const location = answer.headers.location;
    if (!location) return { c, status, problem: `answered ${answer.status} without a Location` };
    const next = new URL(location, inject('baseURL'));
    if (next.origin !== new URL(inject('baseURL')).origin)
      return { c, status, problem: `redirected off the app to ${location}` };
    if (hop === MAX_REDIRECTS)
      return { c, status, problem: `more than ${MAX_REDIRECTS} redirects, last to ${location}` };
    current = { ...c, method: 'GET', body: undefined, headers: undefined, url: next.pathname + next.search };
    try {
      answer = await send(current);
    } catch (e) {
      return { c, status, problem: `redirect to ${current.url}: no answer: ${(e as Error).message}` };
    }
  }
  const problem = problemOf(current, answer);
  return { c, status, problem: problem && current !== c ? `after redirect to ${current.url}: ${problem}` : problem };
}

/** Runs the cases `CONCURRENCY` at a time; exports one at a time, since the export gate turns a crowd away (503, by design). */
async function runAll(cases: FuzzCase[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  let next = 0;
  let exports: Promise<unknown> = Promise.resolve();
  const serialExport = (c: FuzzCase) => {
    const done = exports.then(() => run(c));
    exports = done;
    return done;
  };
  const worker = async () => {
    while (next < cases.length) {
      const c = cases[next++];
      outcomes.push(await (c.url.startsWith('/api/export') && c.method === 'GET' ? serialExport(c) : run(c)));
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return outcomes;
}

const count = (n: number) => n.toLocaleString('en-US');

function table(outcomes: Outcome[]): string {
  const rows = new Map<
    string,
    { n: number; ok: number; redirect: number; refused: number; failed: number; ms: number }
  >();
  for (const o of outcomes) {
    const row = rows.get(o.c.route) ?? { n: 0, ok: 0, redirect: 0, refused: 0, failed: 0, ms: 0 };
    row.n++;
    row.ms += o.ms;
    if (o.status >= 500 || o.status === 0) row.failed++;
    else if (o.status >= 400) row.refused++;
    else if (o.status >= 300) row.redirect++;
    else row.ok++;
    rows.set(o.c.route, row);
  }
  const lines = [...rows].map(
    ([route, r]) =>
      `  ${route.padEnd(30)} ${String(r.n).padStart(5)}   2xx ${String(r.ok).padStart(4)}   3xx ${String(r.redirect).padStart(3)}   4xx ${String(r.refused).padStart(4)}   ≥500 ${r.failed}   ${String(Math.round(r.ms / r.n)).padStart(4)} ms each`,
  );
  return lines.join('\n');
}

/** A curl line that sends the failing request again, path as written. */
function reproduce(c: FuzzCase): string {
  const headers = Object.entries(c.headers ?? {})
    .map(([k, v]) => ` -H ${JSON.stringify(`${k}: ${v}`)}`)
    .join('');
  return `curl -i --path-as-is -X ${c.method}${headers}${c.body !== undefined ? ' (body: see url-fuzz-cases.ts)' : ''} '${inject('baseURL')}${c.url}'`;
}

/** The lines the server wrote after `offset`, each once. */
function serverLinesSince(offset: number): string[] {
  const log = readFileSync(SERVER_LOG).subarray(offset).toString('utf8');
  return [...new Set(log.split('\n').filter((l) => l.trim()))];
}

/** An error a page or route hid behind a 200 or a 4xx (a failed query, a render error) still shows in the log. */
const isError = (line: string) => /error|⨯|unhandled|uncaught|exception/i.test(line);

describe('URL-state fuzz', () => {
  it('every route answers a page or a 4xx with a message to random and extreme URLs, never a 5xx', {
    timeout: 120_000,
  }, async () => {
    const compare = await send({ url: '/compare', method: 'GET' });
    const agencyId = Number(compare.body.match(/href="\/agency\/(\d+)/)?.[1]);
    expect(agencyId, 'an agency link on /compare').toBeGreaterThan(0);

    const cases = fuzzCases({
      seed: SEED,
      agencyId,
      adminToken: inject('adminToken'),
      combinations: COMBINATIONS_PER_ROUTE,
    });
    const logOffset = statSync(SERVER_LOG).size;
    const start = performance.now();
    const outcomes = await runAll(cases);
    const seconds = ((performance.now() - start) / 1000).toFixed(1);

    const failures = outcomes.filter((o) => o.problem);
    const fiveHundreds = outcomes.filter((o) => o.status >= 500 || o.status === 0).length;
    console.log(
      `url-fuzz (seed ${SEED}, URL_FUZZ_SEED to replay), per route:\n${table(outcomes)}\n` +
        `url-fuzz: ${count(outcomes.length)} cases, ${count(fiveHundreds)} ≥ 500, ${count(failures.length)} failed, ${seconds} s`,
    );
    const logged = serverLinesSince(logOffset);
    console.log(
      `url-fuzz: the server logged ${logged.length} distinct lines meanwhile${logged.length ? ':' : '.'}\n` +
        logged.map((l) => `  ${l.slice(0, 300)}`).join('\n'),
    );

    const report = failures
      .slice(0, 40)
      .map((o) => `${o.c.route} — ${o.c.what}\n    ${o.problem}\n    ${reproduce(o.c)}`)
      .join('\n');
    expect(failures.length, `seed ${SEED}: ${failures.length} failing requests (first 40):\n${report}`).toBe(0);
    expect(logged.filter(isError), 'errors in the server log during the fuzz').toEqual([]);
  });
});

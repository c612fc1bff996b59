/**
 * The agency page's repeated-text comparison (lib/dashboard/copy-comparison.ts, issue 16) timed at the size
 * the dashboard is designed for: `npx tsx test/bench/copy-scale.ts [--agencies 200000] [--db FILE] [--runs 30]`.
 * The reports, agencies and metrics are written straight into the tables as test/bench/coverage-scale.ts
 * writes them (200,000 agencies ≈ a million reports, no parsing); then every current report gets prose as the
 * import stores it — the synthetic generator's sentences (lib/synth/prose.ts), one report in seven a copy of its
 * agency's year before and one in thirty of another agency's that year (corpus-copies.ts), packed with their
 * words (report_prose), one in sixteen counted for stock phrases (sentence_counts), eight anchors each
 * (prose_anchors), and the shares. Then loadCopyComparison is timed for reports in turn: the first call on a
 * freshly opened database, and 1 warm-up + `runs` calls of each (p50/p95). The issue asks < 200 ms at a million.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Db } from '../../db/client';
import { openDatabase } from '../../db/client';
import { insertRows } from '../../db/sql/insert-rows';
import { loadCopyComparison } from '../../lib/dashboard/copy-comparison';
import { prepareDatabase } from '../../lib/ingest/seed-samples';
import { anchors } from '../../lib/similarity/copy-share';
import { packSentences, unpackSentences, withWords } from '../../lib/similarity/sentences';
import type { ReportContent } from '../../lib/synth/content';
import { copyProse } from '../../lib/synth/corpus-copies';
import { mulberry32 } from '../../lib/synth/prng';
import { draftProse } from '../../lib/synth/prose';
import { tempDir } from '../support/temp-db';
import { fillScaleDatabase } from './coverage-scale';

const arg = (name: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const say = (text: string) => process.stdout.write(`${text}\n`);

/** A report's prose as paragraphs, one sentence each, at the offsets a text of them would give. */
function paragraphs(c: ReportContent) {
  let offset = 0;
  return (c.prose?.sentences ?? []).map((s) => {
    const p = { text: s.text, offset };
    offset += s.text.length + 1;
    return p;
  });
}

/**
 * Prose, anchors, sentence counts and shares for every current report (ids in agency, then year order),
 * from where an interrupted fill stopped: the reports after the last with prose.
 */
/** One UPDATE … FROM (VALUES …) per 1,000 rows [report id, values…]: a statement a row is slow on report_metrics. */
function updates(rows: (number | null)[][], set: string) {
  const out = [];
  for (let at = 0; at < rows.length; at += 1000) {
    const part = rows.slice(at, at + 1000);
    out.push({
      sql: `UPDATE report_metrics SET ${set} FROM (VALUES ${part.map((r) => `(${r.map(() => '?').join(',')})`).join(',')}) AS v
            WHERE report_metrics.report_id = v.column1`,
      args: part.flat(),
    });
  }
  return out;
}

async function fillProse(db: Db): Promise<void> {
  const c = db.$client;
  let after = Number((await c.execute('SELECT coalesce(max(report_id), 0) AS n FROM report_prose')).rows[0].n);
  const rng = mulberry32(11 + after);
  const counts = new Map<number, number>();
  for (const r of (await c.execute('SELECT sentences FROM report_prose WHERE sampled = 1')).rows)
    for (const h of new Set(unpackSentences(new Uint8Array(r.sentences as ArrayBuffer)).map((s) => s.hash)))
      counts.set(h, (counts.get(h) ?? 0) + 1);
  const peers = new Map<number, { id: number; content: ReportContent }>();
  let before: { id: number; agencyId: number; content: ReportContent } | null = null;
  for (;;) {
    const rows = (
      await c.execute({
        sql: `SELECT m.report_id, m.agency_id, m.year, a.name FROM report_metrics m JOIN agencies a ON a.id = m.agency_id
              WHERE m.report_id > ? ORDER BY m.report_id LIMIT 5000`,
        args: [after],
      })
    ).rows;
    if (rows.length === 0) break;
    const prose: unknown[][] = [];
    const anchorRows: unknown[][] = [];
    const shares: (number | null)[][] = [];
    const raised: (number | null)[][] = [];
    for (const r of rows) {
      const [id, agencyId, year] = [Number(r.report_id), Number(r.agency_id), Number(r.year)];
      const content = { agency: String(r.name), year, narrative: [] } as unknown as ReportContent;
      let prev: number | null = null;
      let peer: { share: number; report: number } | null = null;
      const u = rng();
      const last = before && before.agencyId === agencyId && before.content.year === year - 1 ? before : null;
      if (last && u < 0.15) prev = copyProse(rng, last.content, content, 'prev', last.id).share;
      else if (u > 0.967 && peers.has(year)) {
        const from = peers.get(year)!;
        const copy = copyProse(rng, from.content, content, 'peer', from.id);
        peer = { share: copy.share, report: from.id };
        raised.push([from.id, copy.fromShare, id]);
        peers.delete(year);
      } else content.prose = draftProse(rng, content.agency, year);
      if (!peer) peers.set(year, { id, content });
      const sentences = withWords(paragraphs(content));
      const sampled = id % 16 === 0;
      if (sampled) for (const h of new Set(sentences.map((s) => s.hash))) counts.set(h, (counts.get(h) ?? 0) + 1);
      prose.push([id, packSentences(sentences), sampled ? 1 : 0]);
      for (const h of anchors(sentences, () => false)) anchorRows.push([year, h, id]);
      shares.push([id, last ? (prev ?? 0) : null, peer?.share ?? null, peer?.report ?? null]);
      before = { id, agencyId, content };
    }
    await c.batch(
      [
        ...insertRows('report_prose', ['report_id', 'sentences', 'sampled'], prose),
        ...insertRows('prose_anchors', ['year', 'hash', 'report_id'], anchorRows, 'OR IGNORE'),
        ...updates(shares, 'copied_prev = v.column2, copied_peer = v.column3, copied_peer_report = v.column4'),
        ...updates(raised, 'copied_peer = v.column2, copied_peer_report = v.column3'),
      ],
      'write',
    );
    after = Number(rows[rows.length - 1].report_id);
    if (after % 100_000 < 5000) say(`prose up to report ${after}`);
  }
  const entries = [...counts];
  for (let at = 0; at < entries.length; at += 20_000)
    await c.batch(insertRows('sentence_counts', ['hash', 'reports'], entries.slice(at, at + 20_000)), 'write');
}

async function main() {
  const file = arg('db') ?? path.join(tempDir('nianbao-copy-scale-'), 'scale.db');
  const runs = Number(arg('runs') ?? 30);
  let db = await prepareDatabase({ db: await openDatabase({ url: `file:${file}` }), samples: false });
  const count = async (sql: string) => Number((await db.$client.execute(sql)).rows[0].n);
  if ((await count('SELECT count(*) AS n FROM report_metrics')) === 0) {
    const t0 = performance.now();
    await fillScaleDatabase(db, Number(arg('agencies') ?? 200_000));
    say(`reports filled in ${((performance.now() - t0) / 1000).toFixed(0)} s: ${file}`);
  }
  if (
    (await count('SELECT count(*) AS n FROM report_prose')) < (await count('SELECT count(*) AS n FROM report_metrics'))
  ) {
    const t0 = performance.now();
    await fillProse(db);
    await db.$client.execute('ANALYZE');
    say(`prose filled in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  }
  say(
    JSON.stringify({
      reports: await count('SELECT count(*) AS n FROM report_metrics'),
      prose: await count('SELECT count(*) AS n FROM report_prose'),
      sampled: await count('SELECT count(*) AS n FROM report_prose WHERE sampled = 1'),
      sentenceCounts: await count('SELECT count(*) AS n FROM sentence_counts'),
      anchors: await count('SELECT count(*) AS n FROM prose_anchors'),
      prevCopies: await count('SELECT count(*) AS n FROM report_metrics WHERE copied_prev >= 0.5'),
      peerPairs: await count('SELECT count(*) AS n FROM report_metrics WHERE copied_peer >= 0.5'),
    }),
  );
  // Reports in turn: copies from the year before, from a peer, and neither, spread over the ids.
  const picks = (
    await db.$client.execute(
      `SELECT m.report_id, (SELECT p.report_id FROM report_metrics p WHERE p.agency_id = m.agency_id AND p.year = m.year - 1) AS prev
         FROM report_metrics m WHERE m.report_id % 49999 = 7 OR (m.report_id % 50021 < 40 AND m.copied_peer >= 0.5) LIMIT 30`,
    )
  ).rows.map((r) => ({ id: Number(r.report_id), prev: r.prev === null ? null : Number(r.prev) }));
  db.$client.close();
  db = await openDatabase({ url: `file:${file}` });
  const first: number[] = [];
  const warm: number[] = [];
  for (const p of picks) {
    let t = performance.now();
    const result = await loadCopyComparison(db, p.id, p.prev);
    first.push(performance.now() - t);
    if (!result.previous && !result.peer && p.prev !== null) throw new Error(`report ${p.id}: nothing to compare`);
    for (let i = 0; i < runs; i++) {
      t = performance.now();
      await loadCopyComparison(db, p.id, p.prev);
      warm.push(performance.now() - t);
    }
  }
  const q = (ms: number[], at: number) => [...ms].sort((a, b) => a - b)[Math.floor(at * (ms.length - 1))].toFixed(1);
  say(`loadCopyComparison over ${picks.length} reports: first call p50 ${q(first, 0.5)}, max ${q(first, 1)} ms`);
  say(`then ${runs} calls each: p50 ${q(warm, 0.5)}, p95 ${q(warm, 0.95)}, max ${q(warm, 1)} ms (target < 200)`);
  db.$client.close();
}

void main();

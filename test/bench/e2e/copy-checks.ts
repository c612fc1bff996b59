/**
 * After the import, whether the copy-paste shares (report_metrics.copied_prev / copied_peer, issue 16) find
 * the prose the generator copied (lib/synth/corpus-copies.ts, listed in the corpus's copied-prose.tsv): every
 * report flagged (a share ≥ FLAG) is one the generator copied — from its year before, or from another agency,
 * or the report another agency copied from — and every such report is flagged, naming the right other report.
 * Exact, no tolerance: the generator copies 65–90 % and writes unrelated prose otherwise.
 *
 * The shares themselves are checked within ±TOLERANCE of what the generator wrote: the generator counts its
 * own sentences, while the import also reads what the page around them says — a web page's site name, 来源
 * and 主办单位 lines and a signature, which name the agency: up to ~90 Han characters beside a copy's 700 or
 * more. Those repeat from one year of the agency to the next (a copy from the year before measures a few
 * points more, an uncopied report a few points rather than 0) and dilute a copy from another agency (up to
 * ~0.1 less at a 90 % copy).
 */
import type { Db } from '../../../db/client';
import type { CopiedProseLine } from '../../../lib/synth/corpus-manifest';
import type { CorpusCheck } from './corpus-checks';

export const FLAG = 0.5;
export const TOLERANCE = 0.15;
/** An uncopied report's share at or above this is no longer "near 0". */
export const NEAR_ZERO = 0.2;

interface Stored {
  reportId: number;
  prev: number | null;
  peer: number | null;
  peerReport: number | null;
}

/** The current synthetic reports' shares, by their position in the corpus (the number their file name starts with). */
async function storedShares(db: Db): Promise<Map<number, Stored>> {
  const rows = await db.$client.execute(
    `SELECT m.report_id, s.file_name, m.copied_prev, m.copied_peer, m.copied_peer_report
       FROM report_metrics m JOIN reports r ON r.id = m.report_id JOIN source_files s ON s.hash = r.source_hash
      WHERE m.synthetic = 1`,
  );
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  const out = new Map<number, Stored>();
  for (const r of rows.rows) {
    const index = Number(/(?:^|[/\\])(\d+)-[^/\\]*$/.exec(String(r.file_name))?.[1] ?? Number.NaN);
    if (Number.isNaN(index)) continue;
    out.set(index, {
      reportId: Number(r.report_id),
      prev: num(r.copied_prev),
      peer: num(r.copied_peer),
      peerReport: num(r.copied_peer_report),
    });
  }
  return out;
}

const quantile = (values: number[], q: number) =>
  values.length === 0 ? 0 : [...values].sort((a, b) => a - b)[Math.floor(q * (values.length - 1))];
const f2 = (v: number) => v.toFixed(2);

export async function checkProseCopies(db: Db, copies: readonly CopiedProseLine[]): Promise<CorpusCheck[]> {
  const stored = await storedShares(db);
  const reports = stored.size;
  const prev = copies.filter((c) => c.kind === 'prev');
  const peer = copies.filter((c) => c.kind === 'peer');
  const prevCopies = new Set(prev.map((c) => c.index));
  const peerSides = new Set(peer.flatMap((c) => [c.index, c.from]));
  const idOf = (index: number) => stored.get(index)?.reportId ?? -1;
  const flagged = (v: number | null) => v !== null && v >= FLAG;

  const prevFound = prev.filter((c) => flagged(stored.get(c.index)?.prev ?? null)).length;
  const copyFound = peer.filter((c) => {
    const s = stored.get(c.index);
    return s && flagged(s.peer) && s.peerReport === idOf(c.from);
  }).length;
  const sourceFound = peer.filter((c) => {
    const s = stored.get(c.from);
    return s && flagged(s.peer) && s.peerReport === idOf(c.index);
  }).length;
  const others = [...stored].filter(([i]) => !prevCopies.has(i) && !peerSides.has(i));
  const strayPrev = [...stored].filter(([i, s]) => !prevCopies.has(i) && flagged(s.prev)).length;
  const strayPeer = [...stored].filter(([i, s]) => !peerSides.has(i) && flagged(s.peer)).length;

  // The measured shares against those written: each copy's, and the peer share of each report copied from.
  const diffs = [
    ...prev.map((c) => (stored.get(c.index)?.prev ?? Number.NaN) - c.share),
    ...peer.map((c) => (stored.get(c.index)?.peer ?? Number.NaN) - c.share),
    ...peer.map((c) => (stored.get(c.from)?.peer ?? Number.NaN) - c.fromShare),
  ];
  const within = diffs.filter((d) => Math.abs(d) <= TOLERANCE).length;
  const abs = diffs.filter((d) => !Number.isNaN(d)).map(Math.abs);
  const otherPrev = others.map(([, s]) => s.prev ?? 0);
  const otherPeer = others.map(([, s]) => s.peer ?? 0);
  const high = others.filter(([, s]) => (s.prev ?? 0) >= NEAR_ZERO || (s.peer ?? 0) >= NEAR_ZERO).length;

  const check = (what: string, wrote: number, found: number, note?: string): CorpusCheck => ({
    what,
    wrote,
    found,
    reports,
    ...(note ? { note } : {}),
  });
  return [
    check(`prose copied from the year before: copied_prev ≥ ${FLAG}`, prev.length, prevFound),
    check(`copied_prev ≥ ${FLAG} on a report not copied from its year before`, 0, strayPrev),
    check(`prose copied from another agency: copied_peer ≥ ${FLAG}, naming the report copied`, peer.length, copyFound),
    check(
      `the report copied from: copied_peer ≥ ${FLAG}, naming the copy`,
      peer.length,
      sourceFound,
      'the share of its prose the copy repeats, 65 % or more by construction',
    ),
    check(`copied_peer ≥ ${FLAG} on a report in no copied pair`, 0, strayPeer),
    check(
      `shares within ±${TOLERANCE} of those written`,
      diffs.length,
      within,
      `|measured − written|: median ${f2(quantile(abs, 0.5))}, p95 ${f2(quantile(abs, 0.95))}, max ${f2(quantile(abs, 1))} (page furniture naming the agency)`,
    ),
    check(
      `reports in no copy with a share ≥ ${NEAR_ZERO}`,
      0,
      high,
      `copied_prev p50 ${f2(quantile(otherPrev, 0.5))}, p99 ${f2(quantile(otherPrev, 0.99))}, max ${f2(quantile(otherPrev, 1))}; copied_peer p99 ${f2(quantile(otherPeer, 0.99))}, max ${f2(quantile(otherPeer, 1))}`,
    ),
  ];
}

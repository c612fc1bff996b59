/**
 * Once the import has saved some reports (4,000 at a time, import-files.ts): how much of each new report's
 * prose is repeated from the same agency's previous year and from the most similar other agency's report of
 * the same year (issue 16, lib/similarity).
 * The report of the year after a new one is compared again (its previous year changed), and a report a new
 * one repeats more of than anything before gets its peer share raised. Candidates of the same year are
 * those sharing an anchor (bottom-k of the sentence hashes), so no pair of a year's 150,000 reports is
 * compared unless they share prose; at most MAX_CANDIDATES each, those sharing the most anchors first.
 */
import type { Db } from '../../db/client';
import {
  clearCopyPending,
  type CopyShareRow,
  frequentSentences,
  type ProseRow,
  proseAt,
  proseOfReports,
  raisePeerShares,
  reportsSharingAnchors,
  sampledReports,
  saveAnchors,
  saveCopyShares,
} from '../../db/queries/copy-shares';
import { LEARNED_SHARE, MIN_REPORTS } from '../similarity/boilerplate';
import { anchors, copyShare } from '../similarity/copy-share';
import { type ProseSentence, unpackSentences } from '../similarity/sentences';

const MAX_CANDIDATES = 20;

export async function refreshCopyShares(db: Db, reportIds: readonly number[]): Promise<void> {
  if (reportIds.length === 0) return;
  await compareReports(db, reportIds);
  // Only once compared: a process stopped before this leaves them pending for the next import (copy_pending).
  await clearCopyPending(db, reportIds);
}

async function compareReports(db: Db, reportIds: readonly number[]): Promise<void> {
  const sampled = await sampledReports(db);
  const stock = await frequentSentences(db, Math.max(MIN_REPORTS, Math.ceil(sampled * LEARNED_SHARE)));
  const isStock = (h: number) => stock.has(h);
  const news = await proseOfReports(db, reportIds);
  if (news.length === 0) return;
  const sentences = new Map<number, ProseSentence[]>();
  const remember = (rows: ProseRow[]) => {
    for (const r of rows) if (!sentences.has(r.reportId)) sentences.set(r.reportId, unpackSentences(r.sentences));
  };
  remember(news);

  const newAnchors = new Map(news.map((r) => [r.reportId, anchors(sentences.get(r.reportId)!, isStock)]));
  await saveAnchors(
    db,
    news.flatMap((r) => newAnchors.get(r.reportId)!.map((hash) => ({ year: r.year, hash, reportId: r.reportId }))),
  );

  // The years either side of each new report, but those in the group itself (read already).
  const slot = (agencyId: number, year: number) => `${agencyId}:${year}`;
  const inGroup = new Set(news.map((r) => slot(r.agencyId, r.year)));
  const neighbours = await proseAt(
    db,
    news
      .flatMap((r) => [
        { agencyId: r.agencyId, year: r.year - 1 },
        { agencyId: r.agencyId, year: r.year + 1 },
      ])
      .filter((s) => !inGroup.has(slot(s.agencyId, s.year))),
  );
  remember(neighbours);
  const bySlot = new Map([...neighbours, ...news].map((r) => [slot(r.agencyId, r.year), r]));
  const share = (a: number, b: number) => copyShare(sentences.get(a)!, sentences.get(b)!, isStock)?.share ?? null;
  const prevShare = (r: ProseRow) => {
    const before = bySlot.get(slot(r.agencyId, r.year - 1));
    return before ? share(r.reportId, before.reportId) : null;
  };

  const candidates = await sameYearCandidates(db, news, newAnchors);
  const missing = [...new Set([...candidates.values()].flat())].filter((id) => !sentences.has(id));
  remember(await proseOfReports(db, missing));

  const shares: CopyShareRow[] = [];
  const raises: { reportId: number; share: number; peerReport: number }[] = [];
  for (const r of news) {
    let best: { share: number; report: number } | null = null;
    for (const other of candidates.get(r.reportId) ?? []) {
      const s = share(r.reportId, other);
      if (s !== null && (!best || s > best.share)) best = { share: s, report: other };
      const back = share(other, r.reportId);
      if (back !== null && back > 0) raises.push({ reportId: other, share: back, peerReport: r.reportId });
    }
    shares.push({
      reportId: r.reportId,
      prev: prevShare(r),
      peer: best?.share ?? null,
      peerReport: best?.report ?? null,
    });
  }
  const newIds = new Set(news.map((r) => r.reportId));
  const nextYears = neighbours.filter((n) => !newIds.has(n.reportId) && inGroup.has(slot(n.agencyId, n.year - 1)));
  await saveCopyShares(
    db,
    shares,
    nextYears.map((n) => ({ reportId: n.reportId, prev: prevShare(n) })),
  );
  await raisePeerShares(
    db,
    raises.filter((r) => !newIds.has(r.reportId)),
  );
}

/** For each new report, the other agencies' reports of its year sharing its anchors, most shared first. */
async function sameYearCandidates(
  db: Db,
  news: readonly ProseRow[],
  newAnchors: ReadonlyMap<number, number[]>,
): Promise<Map<number, number[]>> {
  const matches = await reportsSharingAnchors(
    db,
    news.flatMap((r) => newAnchors.get(r.reportId)!.map((hash) => ({ year: r.year, hash }))),
  );
  const byAnchor = new Map<string, { reportId: number; agencyId: number }[]>();
  for (const m of matches) {
    const key = `${m.year}:${m.hash}`;
    byAnchor.set(key, [...(byAnchor.get(key) ?? []), m]);
  }
  const out = new Map<number, number[]>();
  for (const r of news) {
    const counts = new Map<number, number>();
    for (const h of newAnchors.get(r.reportId)!)
      for (const m of byAnchor.get(`${r.year}:${h}`) ?? [])
        if (m.agencyId !== r.agencyId) counts.set(m.reportId, (counts.get(m.reportId) ?? 0) + 1);
    out.set(
      r.reportId,
      [...counts]
        .sort((a, b) => b[1] - a[1])
        .slice(0, MAX_CANDIDATES)
        .map(([id]) => id),
    );
  }
  return out;
}

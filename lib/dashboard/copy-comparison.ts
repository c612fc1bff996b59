/**
 * The agency page's copy-paste comparison (issue 16): the report's prose beside its previous year's and
 * beside the other agency's report it shares most with, each sentence marked when the other has it too
 * (boilerplate never marked), with the shares the import measured. Hashes and words as the import stored
 * them (report_prose): two small rows a report, nothing parsed again; words stored as their slice of the
 * report's text are sliced from it (the original decoded, or the text kept).
 */
import type { Db } from '../../db/client';
import { copySharesOf, frequentSentences, proseOfReports, sampledReports } from '../../db/queries/copy-shares';
import { reportNames } from '../../db/queries/report-names';
import { reportSourceTexts } from '../../db/queries/report-source-texts';
import { storedSourceText } from '../report/source-text';
import { LEARNED_SHARE, MIN_REPORTS } from '../similarity/boilerplate';
import { type ProseSentence, unpackSentences, unpackWords } from '../similarity/sentences';

export interface ComparedSentence {
  text: string;
  /** The other report has this sentence too (not boilerplate). */
  repeated: boolean;
}

export interface ComparedReport {
  reportId: number;
  agencyId: number;
  agency: string;
  year: number;
  sentences: ComparedSentence[];
}

export interface Comparison {
  /** Share of this report's prose found in the other: 0…1; null when there is nothing to compare. */
  share: number | null;
  self: ComparedReport;
  other: ComparedReport;
}

export interface CopyComparison {
  previous: Comparison | null;
  peer: Comparison | null;
}

export async function loadCopyComparison(
  db: Db,
  reportId: number,
  previousReportId: number | null,
): Promise<CopyComparison> {
  const shares = await copySharesOf(db, reportId);
  if (!shares) return { previous: null, peer: null };
  const ids = [reportId, previousReportId, shares.peerReport].filter((id): id is number => id !== null);
  const [prose, sampled] = await Promise.all([proseOfReports(db, ids), sampledReports(db)]);
  const stock = await frequentSentences(db, Math.max(MIN_REPORTS, Math.ceil(sampled * LEARNED_SHARE)));
  const sentences = new Map(prose.map((p) => [p.reportId, unpackSentences(p.sentences)]));
  const words = await wordsOf(db, prose);
  const names = await reportNames(db, ids);
  const compare = (otherId: number | null, share: number | null): Comparison | null => {
    if (otherId === null) return null;
    const mine = sentences.get(reportId);
    const theirs = sentences.get(otherId);
    const self = names.get(reportId);
    const other = names.get(otherId);
    if (!mine || !theirs || !self || !other) return null;
    const theirHashes = new Set(theirs.map((t) => t.hash));
    const shared = new Set(mine.map((s) => s.hash).filter((h) => !stock.has(h) && theirHashes.has(h)));
    return {
      share,
      self: { ...self, sentences: marked(mine, words.get(reportId), shared) },
      other: { ...other, sentences: marked(theirs, words.get(otherId), shared) },
    };
  };
  return { previous: compare(previousReportId, shares.prev), peer: compare(shares.peerReport, shares.peer) };
}

/**
 * Each report's sentences' words: as stored, and those stored as their slice of the report's text (packSentences)
 * sliced from the text, read again only for the reports that need it.
 */
async function wordsOf(
  db: Db,
  prose: readonly { reportId: number; sentences: Uint8Array }[],
): Promise<Map<number, (string | null)[] | null>> {
  const words = new Map(prose.map((p) => [p.reportId, unpackWords(p.sentences)]));
  const needText = prose.filter((p) => words.get(p.reportId)?.includes(null));
  const parts = await reportSourceTexts(
    db,
    needText.map((p) => p.reportId),
  );
  for (const p of needText) {
    const stored = parts.get(p.reportId);
    const text = stored ? storedSourceText(stored.format, stored.original, stored.kept) : null;
    words.set(p.reportId, unpackWords(p.sentences, text));
  }
  return words;
}

/** Each sentence's words (or, stored before words were or without its text, a gap), marked when the other report has it. */
function marked(
  sentences: ProseSentence[],
  words: (string | null)[] | null | undefined,
  shared: ReadonlySet<number>,
): ComparedSentence[] {
  return sentences.map((s, i) => ({ text: words?.[i] ?? '…', repeated: shared.has(s.hash) }));
}

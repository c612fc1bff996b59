/**
 * The agency page's report scores (issue 16): each year's score computed by lib/metrics/report-score.ts from the
 * stored row (the same numbers the database's generated columns hold) and put in words with its evidence.
 */
import type { AgencyReport } from '../../db/queries/list-agency-reports';
import type { Locale } from '../format/locale';
import { reportScore } from '../metrics/report-score';
import { type ScoreWords, scoreWords } from './score-words';

export interface AgencyYearScore {
  year: number;
  reportId: number;
  /** 0–100, as computed here; equal to the stored column (agency-scores.test.ts). */
  total: number;
  words: ScoreWords;
}

export function agencyScores(reports: readonly AgencyReport[], locale: Locale): AgencyYearScore[] {
  return reports.map((r) => {
    const score = reportScore({
      metrics: r.metrics,
      errorCount: r.errorCount,
      daysLate: r.daysLate,
      copiedPrev: r.copiedPrev,
      copiedPeer: r.copiedPeer,
    });
    return { year: r.year, reportId: r.reportId, total: score.total, words: scoreWords(score, locale) };
  });
}

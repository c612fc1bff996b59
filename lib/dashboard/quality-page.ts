/** The data-quality page's data: findings counted by rule and listed a page at a time, held reports, older parses. */
import type { Db } from '../../db/client';
import { countFindings } from '../../db/queries/count-findings';
import { listHeldReports } from '../../db/queries/held-reports';
import { listFindings } from '../../db/queries/list-findings';
import { olderParserReports } from '../../db/queries/older-parser-reports';
import { PARSER_VERSION } from '../report/version';
import { filtersOf } from '../view-state/filters';
import type { QualityFilters } from '../view-state/quality-filters';
import type { ViewState } from '../view-state/view-state';
import { ruleMeaning, withFindingWords } from './finding-words';
import { rowRegionWords } from './view-words';

/** Held reports listed at most; the heading counts them all. */
const HELD_SHOWN = 50;

export async function loadQualityPage(db: Db, state: ViewState, { rule, severity }: QualityFilters) {
  const severities = severity ? [severity] : undefined;
  const [counts, list, older, held] = await Promise.all([
    // Counted under the severity only, so every rule stays in the list to pick from.
    countFindings(db, { ...filtersOf(state), severities }),
    listFindings(
      db,
      { ...filtersOf(state), rules: rule ? [rule] : undefined, severities },
      { offset: (state.page - 1) * state.pageSize, limit: state.pageSize },
    ),
    olderParserReports(db, { synthetic: state.synthetic, current: PARSER_VERSION }),
    listHeldReports(db, { synthetic: state.synthetic, limit: HELD_SHOWN }),
  ]);
  return {
    counts: counts.map((c) => ({ ...c, meaning: ruleMeaning(c.rule, state.lang) })),
    list: {
      total: list.total,
      rows: list.rows.map((f) => ({
        ...withFindingWords(f, f.template, state.lang),
        regionWords: rowRegionWords(f, state.lang),
      })),
    },
    older: {
      reports: older.reduce((a, v) => a + v.reports, 0),
      versions: older.map((v) => v.version),
      current: PARSER_VERSION,
    },
    held,
    /** The chosen rule in words, for the filter's chip and the list's heading; its id where it has none. */
    ruleName: rule ? ruleMeaning(rule, state.lang) || rule : null,
  };
}

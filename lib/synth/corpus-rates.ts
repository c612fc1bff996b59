/**
 * The rates at which a synthetic corpus carries what an evaluator looks for (issue 16): reports published
 * late, reports that state no publication date, agencies that skip a year, tables copied from the
 * previous year, and prose copied from the previous year or from another agency's report. Each is configurable (`npm run generate -- --late-share …`) and written into the manifest
 * with the exact counts it gave, so a reader of the corpus can be checked against them.
 */

export interface CorpusRates {
  /** Share of reports published after the deadline (31 January of the next year). */
  late: number;
  /** Share of reports that state no publication date anywhere; the rest are published on time. */
  undated: number;
  /** Share of agencies reporting three years or more that skip one year between two they report. */
  gap: number;
  /**
   * Share of reports that repeat the previous year's table 3 cell by cell, among those that can: the same
   * agency reported the year before, in the same form, with a table 3 that is not all zero and no defect.
   */
  table3Repeat: number;
  /** The same for table 4. */
  table4Repeat: number;
  /**
   * Share of reports whose prose repeats 65–90 % from the agency's report of the year before, among those
   * that can: the agency reported the year before, and that report did not copy another agency's.
   */
  prevCopy: number;
  /**
   * Share of reports whose prose repeats 65–90 % from another agency's report of the same year, among
   * those that can: an earlier agency has a report that year that no one has copied yet, and the agency's
   * report of the year before did not itself copy another agency's.
   */
  peerCopy: number;
}

export const DEFAULT_RATES: CorpusRates = {
  late: 0.12,
  undated: 0.15,
  gap: 0.05,
  table3Repeat: 0.03,
  table4Repeat: 0.03,
  prevCopy: 0.15,
  peerCopy: 0.03,
};

export const RATE_NAMES = Object.keys(DEFAULT_RATES) as (keyof CorpusRates)[];

/** The defaults with `given` over them, each checked to be a share; late and undated together at most 1. */
export function corpusRates(given: Partial<CorpusRates> = {}): CorpusRates {
  const rates = { ...DEFAULT_RATES, ...given };
  for (const name of RATE_NAMES) {
    const v = rates[name];
    if (!(v >= 0 && v <= 1)) throw new RangeError(`rates.${name} must lie in [0, 1], not ${v}`);
  }
  if (rates.late + rates.undated > 1)
    throw new RangeError(`rates.late + rates.undated must be at most 1, not ${rates.late + rates.undated}`);
  return rates;
}

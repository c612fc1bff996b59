/** A peer group's box and the agency's place in it, from the database's order statistics (db/queries/summarize-peers.ts). */
import type { PeerStatistics } from '../../db/queries/summarize-peers';
import { fiveNumbersAt, type FiveNumbers } from '../charts/quantiles';

export interface PeerSummary {
  /** Agencies of the group with a value. */
  n: number;
  five: FiveNumbers | null;
  /** The agency's own value; null when it has none or is not of the group. */
  own: number | null;
  /** Peers with a larger value than the agency's (its rank is above + 1); null without an own value. */
  above: number | null;
}

export function peerSummaryOf(s: PeerStatistics): PeerSummary {
  const five = fiveNumbersAt(s.n, (i) => {
    const v = s.sorted.get(i);
    if (v === undefined) throw new Error(`peer summary: position ${i} of ${s.n} was not fetched`);
    return v;
  });
  return { n: s.n, five, own: s.own, above: s.above };
}

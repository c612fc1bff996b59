/**
 * How much of a report's prose is repeated from another report: the share, weighted by Han characters, of
 * its sentences (boilerplate left out) whose key the other report also has. A share of the report's own
 * prose (containment), not a symmetric similarity: a short report copied whole into a long one is 100 %
 * copied, the long one only partly.
 */
import type { ProseSentence } from './sentences';

export interface CopyShare {
  /** 0…1 of the report's own (non-boilerplate) prose. */
  share: number;
  /** The Han characters the share rests on: the report's non-boilerplate prose. */
  weight: number;
  /** Hashes of the repeated sentences. */
  repeated: Set<number>;
}

/** Null when the report has no prose left after boilerplate: nothing to be copied. */
export function copyShare(
  report: readonly ProseSentence[],
  other: readonly ProseSentence[],
  boilerplate: (hash: number) => boolean,
): CopyShare | null {
  const theirs = new Set(other.map((s) => s.hash));
  const seen = new Set<number>();
  let weight = 0;
  let copied = 0;
  const repeated = new Set<number>();
  for (const s of report) {
    if (boilerplate(s.hash) || seen.has(s.hash)) continue;
    seen.add(s.hash);
    weight += s.weight;
    if (theirs.has(s.hash)) {
      copied += s.weight;
      repeated.add(s.hash);
    }
  }
  return weight === 0 ? null : { share: copied / weight, weight, repeated };
}

/**
 * The report's anchors for finding other reports that share its prose: the `k` smallest hashes of its
 * non-boilerplate sentences (a bottom-k MinHash sketch). Two reports sharing a large part of their sentences
 * very likely share an anchor; an index on anchors finds them without comparing every pair.
 */
export function anchors(report: readonly ProseSentence[], boilerplate: (hash: number) => boolean, k = 8): number[] {
  const hashes = [...new Set(report.map((s) => s.hash))].filter((h) => !boilerplate(h));
  return hashes.sort((a, b) => a - b).slice(0, k);
}

/**
 * Prose copied on purpose (issue 16): a share of synthetic reports repeats most of its agency's previous
 * year, and a share repeats another agency's report of the same year. A copy takes a part of the other
 * report's sentences (with this year's figures put in), adds sentences of its own until the copied part is
 * the share drawn for it, and records that share as the copy-paste comparison measures it — Han characters
 * of the report's prose found in the other (lib/similarity) — so a reader of the corpus can be checked.
 *
 * So that no report shares much with another that is not recorded as its copy or its source, the year after
 * a copy of another agency's copies nothing (corpus.ts), a report is the source of one such copy at most,
 * and a copy of another agency's is no source (PeerSources).
 */
import type { ReportContent, WrittenSentence } from './content';
import type { Rng } from './prng';
import {
  anySentence,
  fixedWeight,
  hanCount,
  inSectionOrder,
  narrativeTail,
  proseWeight,
  sentenceWords,
  shortSentence,
} from './prose';

export type ProseCopyKind = 'prev' | 'peer';

export interface ProseCopy {
  kind: ProseCopyKind;
  /** Position in the corpus of the report copied from. */
  from: number;
  /** The share drawn for the copy (0…1): what was aimed at. */
  target: number;
  /** The share of this report's prose found in the other, as written: what the import should measure. */
  share: number;
  /** The share of the other report's prose found in this one: its peer share, when `kind` is 'peer'. */
  fromShare: number;
}

/** Shares a copy aims at, and the part of the other report a copy from another agency takes. */
export const COPY_SHARES = { min: 0.65, max: 0.9 } as const;
const TAKE_PREV = { min: 0.55, max: 0.95 } as const;
const TAKE_PEER = { min: 0.65, max: 0.85 } as const;

/** A copy's prose weighs at least this many Han characters when its source has enough to copy. */
const MIN_WEIGHT = 700;

const between = (rng: Rng, r: { min: number; max: number }) => r.min + (r.max - r.min) * rng();

/** Most sentences prose.ts writes weigh less than this: below it, the last sentence is chosen to fit. */
const FIT_FROM = 60;
const FIT_CANDIDATES = 60;
/** The fewest Han characters a sentence of prose.ts has (shortSentence). */
const SHORTEST = 14;

/** The other report's sentence as this one writes it: this year for that year, other figures. */
function rewrite(s: WrittenSentence, fromYear: number, toYear: number, rng: Rng): WrittenSentence {
  const text = s.text
    .replace(`${fromYear}年`, `${toYear}年`)
    .replace(
      /(\d+)(场次|人次)/g,
      (_, n: string, unit: string) => `${Math.max(1, Math.round(Number(n) * (0.5 + rng())))}${unit}`,
    );
  return { section: s.section, text };
}

/**
 * New sentences weighing `need` Han characters in all, as near as the sentences allow: drawn freely while
 * far from it, the last one (or two) chosen among candidates to fit.
 */
function fill(rng: Rng, need: number, seen: Set<string>): WrittenSentence[] {
  const out: { s: WrittenSentence; w: number }[] = [];
  const weighed = (s: WrittenSentence) => ({ s, w: hanCount(s.text) });
  const take = (c: { s: WrittenSentence; w: number }) => {
    seen.add(sentenceWords(c.s.text));
    out.push(c);
    left -= c.w;
  };
  let left = need;
  // Far from it: any sentence that leaves room for a short one.
  while (left > FIT_FROM) {
    let c = weighed(anySentence(rng));
    for (let i = 0; i < 20 && c.w > left - SHORTEST; i++) c = weighed(anySentence(rng));
    if (c.w > left - SHORTEST) c = weighed(shortSentence(rng));
    if (!seen.has(sentenceWords(c.s.text))) take(c);
  }
  // Less left than the shortest sentence weighs: take the last one back and fit the gap with one.
  if (left < SHORTEST && left > 3 && out.length > 0) {
    const last = out.pop()!;
    seen.delete(sentenceWords(last.s.text));
    left += last.w;
  }
  if (left > 3) {
    let best: { s: WrittenSentence; w: number } | null = null;
    for (let i = 0; i < FIT_CANDIDATES; i++) {
      const c = weighed(i % 2 ? shortSentence(rng) : anySentence(rng));
      if ((!best || Math.abs(left - c.w) < Math.abs(left - best.w)) && !seen.has(sentenceWords(c.s.text))) best = c;
    }
    if (best && Math.abs(left - best.w) < left) take(best);
  }
  return out.map((c) => c.s);
}

/**
 * `into`'s prose made from `from`'s: `from`'s sentences in a drawn order until `take` of its prose is copied
 * (and enough for the share, which `into`'s own narrative sentence dilutes), then new ones until the copied
 * part is `target` of `into`'s prose. A copy from another agency leaves out the sentences naming it.
 */
export function copyProse(
  rng: Rng,
  from: ReportContent,
  into: ReportContent,
  kind: ProseCopyKind,
  fromIndex: number,
): ProseCopy {
  const target = between(rng, COPY_SHARES);
  const take = between(rng, kind === 'prev' ? TAKE_PREV : TAKE_PEER);
  const tail = narrativeTail(rng);
  const own = fixedWeight({ ...into, prose: { narrativeTail: tail, sentences: [] } });
  const pool = (from.prose?.sentences ?? []).filter((s) => kind === 'prev' || !s.text.includes(from.agency));
  const order = pool.map((s, i) => ({ s, i, u: rng() })).sort((a, b) => a.u - b.u);
  const fromWeight = proseWeight(from);
  // Copied weight enough for the target despite the report's own narrative sentence, and for a report of
  // MIN_WEIGHT in all: a copy of a copy of … would otherwise grow shorter year by year.
  const enough = Math.max((target / (1 - target)) * own, target * MIN_WEIGHT);
  const taken: { s: WrittenSentence; i: number }[] = [];
  let copied = 0;
  for (const o of order) {
    if (copied >= take * fromWeight && copied >= enough) break;
    taken.push(o);
    copied += hanCount(o.s.text);
  }
  taken.sort((a, b) => a.i - b.i);
  const seen = new Set(taken.map((t) => sentenceWords(t.s.text)));
  const kept = taken.map((t) => rewrite(t.s, from.year, into.year, rng));
  const fresh = fill(rng, Math.max(0, (copied * (1 - target)) / target - own), seen);
  into.prose = { narrativeTail: tail, sentences: inSectionOrder([...kept, ...fresh]) };
  const total = proseWeight(into);
  return {
    kind,
    from: fromIndex,
    target,
    share: total > 0 ? copied / total : 0,
    fromShare: fromWeight > 0 ? copied / fromWeight : 0,
  };
}

/**
 * Reports other agencies may copy from, one per year: the latest of an earlier agency's reports that is
 * neither a copy of another agency's nor copied from yet. Offered once the agency's reports are all planned.
 */
export class PeerSources {
  private readonly byYear = new Map<number, { index: number; content: ReportContent }>();
  private pending: { index: number; content: ReportContent }[] = [];

  /** A report of the agency being planned that others may copy later. */
  offer(index: number, content: ReportContent): void {
    this.pending.push({ index, content });
  }

  /** The agency is planned: its offered reports become sources for the agencies after it. */
  endAgency(): void {
    for (const p of this.pending) this.byYear.set(p.content.year, p);
    this.pending = [];
  }

  /** Takes the source for `year`, if there is one: it is not offered again. */
  take(year: number): { index: number; content: ReportContent } | null {
    const s = this.byYear.get(year) ?? null;
    this.byYear.delete(year);
    return s;
  }

  has(year: number): boolean {
    return this.byYear.has(year);
  }
}

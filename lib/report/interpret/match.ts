/** Which template row a label names, and how sure we are. */
import { LABEL_VARIANTS, type RowLabel, TABLE2_LABELS, TABLE3_LABELS, TABLE3_OTHER_MISC_LABEL } from '../glossary';
import { compact, labelCore, lastNumberedPart } from '../normalize';
import type { ReportSink } from '../findings';
import type { Table2Key, Table3Key } from '../types';
import { ownString } from '../own-string';

export interface LabelMatch<K extends string> {
  key: K;
  /** exact: the template's words; variant: a known variant; approximate: keywords or similarity only. */
  quality: 'exact' | 'variant' | 'approximate';
  note?: string;
}

/**
 * A row's labels are nearly always the template's own words, the same in report after report: each
 * distinct list of label texts is matched once (the result is never changed by its callers). Looked up
 * label by label, so no key string is built for a row.
 */
class LabelMemo<T> {
  private readonly root = new Map<string, MemoNode<T>>();
  private size = 0;

  /** `match(labels, context)`, kept per list of labels (a function and its argument: no closure per row). */
  get<C>(labels: readonly string[], match: (labels: readonly string[], context: C) => T, context: C): T {
    if (labels.length === 0) return match(labels, context);
    let level = this.root;
    let node: MemoNode<T> | undefined;
    for (let i = 0; i < labels.length; i++) {
      if (node) level = node.next ??= new Map();
      let found = level.get(labels[i]);
      if (!found) {
        if (this.size >= MEMO_LIMIT) {
          this.root.clear();
          this.size = 0;
          return this.get(labels, match, context);
        }
        found = { next: null, known: false, value: undefined };
        level.set(ownString(labels[i]), found);
        this.size++;
      }
      node = found;
    }
    if (!node) return match(labels, context);
    if (!node.known) {
      node.value = match(labels, context);
      node.known = true;
    }
    return node.value as T;
  }
}

interface MemoNode<T> {
  next: Map<string, MemoNode<T>> | null;
  known: boolean;
  value: T | undefined;
}

const MEMO_LIMIT = 20_000;
/** Table 3 matches after a 其他处理 row and elsewhere ("其他" is a row only after one), and table 2's. */
const memo3After = new LabelMemo<LabelMatch<Table3Key> | null>();
const memo3 = new LabelMemo<LabelMatch<Table3Key> | null>();
const memo2 = new LabelMemo<LabelMatch<Table2Key> | null>();

export function matchTable3(labels: string[], context: { afterOtherGroup: boolean }): LabelMatch<Table3Key> | null {
  return (context.afterOtherGroup ? memo3After : memo3).get(labels, matchTable3Now, context);
}

function matchTable3Now(
  labels: readonly string[],
  context: { afterOtherGroup: boolean },
): LabelMatch<Table3Key> | null {
  const last = labels[labels.length - 1] ?? '';
  const core = labelCore(last);
  if (core === TABLE3_OTHER_MISC_LABEL) {
    const joined = labels.map(labelCore).join('');
    if (context.afterOtherGroup || joined.includes('其他处理')) return { key: 'otherMisc', quality: 'exact' };
    return null;
  }
  return matchLabel(labels, TABLE3_LABELS);
}

export function matchTable2(labels: string[]): LabelMatch<Table2Key> | null {
  return memo2.get(labels, matchLabel, TABLE2_LABELS);
}

function matchLabel<K extends string>(labels: readonly string[], dictionary: RowLabel<K>[]): LabelMatch<K> | null {
  // The row's own label is the last label cell; earlier cells are merged group labels.
  const own = labels[labels.length - 1] ?? '';
  const candidates = [own, lastNumberedPart(own), labels.join('')].filter((c): c is string => !!c);
  for (const raw of candidates) {
    const core = labelCore(raw);
    if (!core) continue;
    for (const entry of dictionary) {
      if (core === entry.label) return withVariantNote({ key: entry.key, quality: 'exact' }, raw);
      if (entry.variants?.includes(core))
        return { key: entry.key, quality: 'variant', note: `"${core}" for "${entry.label}"` };
    }
  }
  for (const raw of candidates) {
    const core = labelCore(raw);
    if (!core) continue;
    const byKeyword = dictionary.find((e) => e.keywords.some((w) => core.includes(w)));
    if (byKeyword)
      return { key: byKeyword.key, quality: 'approximate', note: `"${core}" read as "${byKeyword.label}"` };
    const best = mostSimilar(dictionary, core);
    if (best) return { key: best.key, quality: 'approximate', note: `"${core}" read as "${best.label}"` };
  }
  return null;
}

function withVariantNote<K extends string>(match: LabelMatch<K>, raw: string): LabelMatch<K> {
  const text = compact(raw);
  const variant = LABEL_VARIANTS.find((v) => v.pattern.test(text));
  return variant
    ? { ...match, quality: 'variant', note: `"${variant.pattern.source}" for "${variant.canonical}"` }
    : match;
}

/** Character-bigram Dice similarity, for labels with OCR misreads; only a close match counts. */
function mostSimilar<K extends string>(dictionary: RowLabel<K>[], core: string): RowLabel<K> | null {
  let best: RowLabel<K> | null = null;
  let bestScore = 0;
  for (const entry of dictionary) {
    if (entry.label.length < 4) continue;
    const score = dice(core, entry.label);
    if (score > bestScore) {
      bestScore = score;
      best = entry;
    }
  }
  return bestScore >= 0.7 ? best : null;
}

/** Character-bigram Dice similarity of two strings (1 = the same bigrams). */
export function dice(a: string, b: string): number {
  if (a.length < 2 || b.length < 2) return 0;
  const grams = new Map<string, number>();
  for (let i = 0; i < a.length - 1; i++) grams.set(a.slice(i, i + 2), (grams.get(a.slice(i, i + 2)) ?? 0) + 1);
  let shared = 0;
  for (let i = 0; i < b.length - 1; i++) {
    const g = b.slice(i, i + 2);
    const n = grams.get(g) ?? 0;
    if (n > 0) {
      shared++;
      grams.set(g, n - 1);
    }
  }
  return (2 * shared) / (a.length - 1 + b.length - 1);
}

/**
 * Label variants worth telling the reader about, wherever they stand (table 4 headers included). A table's
 * header words are the form's, met in report after report: each list is joined and normalized once.
 */
export function variantNotes(labels: string[]): readonly string[] {
  return memoNotes.get(labels, variantNotesNow, undefined);
}

const memoNotes = new LabelMemo<readonly string[]>();

function variantNotesNow(labels: readonly string[]): readonly string[] {
  const text = compact(labels.join(''));
  return LABEL_VARIANTS.filter((v) => v.pattern.test(text)).map((v) => `"${v.pattern.source}" for "${v.canonical}"`);
}

/** Says so when a row was recognised by a variant or only approximately. */
export function reportLabelQuality(match: LabelMatch<string>, rowPath: string, sink: ReportSink, at: number): void {
  if (match.quality === 'variant') sink.add('label.variant', 'info', rowPath, `label ${match.note}`, at);
  else if (match.quality === 'approximate')
    sink.add('label.approximate', 'warning', rowPath, `label ${match.note}`, at);
}

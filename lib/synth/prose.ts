/**
 * A synthetic report's own prose (issue 16): sentences put together from prose-words.ts, so two reports drawn
 * apart share next to nothing beyond the form's headings, and a copy (corpus-copies.ts) is the only way two
 * reports come to share a large part of their prose. Each sentence's weight is its Han characters, as the
 * copy-paste comparison counts them (lib/similarity), so the generator knows the share it writes.
 */
import type { ProseSection, ReportContent, ReportProse, WrittenSentence } from './content';
import { narrativeSentence } from './document';
import { pick, randInt, type Rng } from './prng';
import {
  ACTIONS,
  AUDIENCES,
  COMMITMENTS,
  EVENTS,
  FIELDS,
  GOALS,
  OPENERS,
  PLANNERS,
  PLANS,
  RESULTS,
  SHORTCOMING_OPENERS,
  SHORTCOMINGS,
} from './prose-words';

const HAN = /\p{Script=Han}/u;

/** A sentence's weight in a copy share: its Han characters (\p{Script=Han}, the common block checked first: it is most). */
export function hanCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) n++;
    else if (c >= 0x2e80) {
      const point = text.codePointAt(i)!;
      if (HAN.test(String.fromCodePoint(point))) n++;
      if (point > 0xffff) i++;
    }
  }
  return n;
}

/** What a copy share is measured on: the sentences' words with the numbers left out. */
export const sentenceWords = (text: string): string => text.replace(/\d+/g, '#');

const field = (rng: Rng, template: string) => template.replace('{F}', pick(rng, FIELDS));

/** Two different phrases of `list`, each about a field of its own. */
function two(rng: Rng, list: readonly string[]): [string, string] {
  const a = pick(rng, list);
  let b = pick(rng, list);
  while (b === a) b = pick(rng, list);
  return [field(rng, a), field(rng, b)];
}

function twoFields(rng: Rng): [string, string] {
  const a = pick(rng, FIELDS);
  let b = pick(rng, FIELDS);
  while (b === a) b = pick(rng, FIELDS);
  return [a, b];
}

/** The report's opening sentence: its year, who it is, what it kept to, one thing done and what came of it. */
export function introSentence(rng: Rng, agency: string, year: number): string {
  const who = rng() < 0.5 ? agency : pick(rng, ['我单位', '本机关']);
  return `${year}年，${who}${pick(rng, COMMITMENTS)}，${field(rng, pick(rng, ACTIONS))}，${pick(rng, RESULTS)}。`;
}

export function workSentence(rng: Rng): string {
  const [a, b] = two(rng, ACTIONS);
  return `${pick(rng, OPENERS)}${a}，${b}，${pick(rng, RESULTS)}。`;
}

/** Training and meetings, counted in 场次 and 人次 (never in 条/篇/件/期/个, which the parser reads as items published). */
export function eventSentence(rng: Rng): string {
  const [f1, f2] = twoFields(rng);
  return (
    `${pick(rng, OPENERS)}围绕${f1}和${f2}，组织${pick(rng, EVENTS)}${randInt(rng, 1, 12)}场次，` +
    `参加${pick(rng, AUDIENCES)}${randInt(rng, 12, 600)}人次，${pick(rng, RESULTS)}。`
  );
}

export function shortcomingSentence(rng: Rng): string {
  const [f1, f2] = twoFields(rng);
  const a = pick(rng, SHORTCOMINGS);
  let b = pick(rng, SHORTCOMINGS);
  while (b === a) b = pick(rng, SHORTCOMINGS);
  return `${pick(rng, SHORTCOMING_OPENERS)}${f1}方面${a}，${f2}方面${b}。`;
}

export function planSentence(rng: Rng): string {
  const [a, b] = two(rng, PLANS);
  return `${pick(rng, PLANNERS)}将${a}，${b}，${pick(rng, GOALS)}。`;
}

export function otherSentence(rng: Rng): string {
  const [f1, f2] = twoFields(rng);
  return `${pick(rng, PLANNERS)}还将围绕${f1}、${f2}等事项${field(rng, pick(rng, PLANS))}，${pick(rng, GOALS)}。`;
}

/** A short sentence (14–30 Han characters): what fits the last gap when a copy is filled up to its share. */
export function shortSentence(rng: Rng): WrittenSentence {
  return { section: 'overview', text: `${pick(rng, OPENERS)}${pick(rng, FIELDS)}工作${pick(rng, RESULTS)}。` };
}

export function narrativeTail(rng: Rng): string {
  const [f1, f2] = twoFields(rng);
  return `重点围绕${f1}、${f2}等内容，${pick(rng, RESULTS)}`;
}

/** A sentence of a section other than the opening one, by the sections' usual mix. */
export function anySentence(rng: Rng): WrittenSentence {
  const u = rng();
  if (u < 0.45) return { section: 'overview', text: workSentence(rng) };
  if (u < 0.55) return { section: 'overview', text: eventSentence(rng) };
  if (u < 0.7) return { section: 'problems', text: shortcomingSentence(rng) };
  if (u < 0.9) return { section: 'problems', text: planSentence(rng) };
  return { section: 'other', text: otherSentence(rng) };
}

/** Sentences in the order the report states them: section by section, each in the order given. */
export const SECTION_ORDER: readonly ProseSection[] = ['overview', 'problems', 'other'];
export const inSectionOrder = (sentences: readonly WrittenSentence[]): WrittenSentence[] =>
  SECTION_ORDER.flatMap((section) => sentences.filter((s) => s.section === section));

/** Adds `make()`'s sentence to `out` unless its words (numbers aside) are there already. */
export function addDistinct(out: WrittenSentence[], seen: Set<string>, make: () => WrittenSentence): WrittenSentence {
  for (;;) {
    const s = make();
    const words = sentenceWords(s.text);
    if (seen.has(words)) continue;
    seen.add(words);
    out.push(s);
    return s;
  }
}

/** A report's prose of its own: 17–31 sentences over sections 一, 五 and 六 (real reports have 50–150). */
export function draftProse(rng: Rng, agency: string, year: number): ReportProse {
  const out: WrittenSentence[] = [];
  const seen = new Set<string>();
  const add = (section: ProseSection, count: number, make: (r: Rng) => string) => {
    for (let i = 0; i < count; i++) addDistinct(out, seen, () => ({ section, text: make(rng) }));
  };
  add('overview', 1, (r) => introSentence(r, agency, year));
  add('overview', randInt(rng, 8, 14), workSentence);
  add('overview', randInt(rng, 2, 4), eventSentence);
  add('problems', randInt(rng, 3, 5), shortcomingSentence);
  add('problems', randInt(rng, 3, 5), planSentence);
  add('other', randInt(rng, 0, 2), otherSentence);
  return { narrativeTail: narrativeTail(rng), sentences: out };
}

/** The Han characters of a report's prose that are its own whatever it copies: the narrative figures' sentence. */
export function fixedWeight(c: ReportContent): number {
  const s = narrativeSentence(c);
  return s ? hanCount(s) : 0;
}

/** The Han characters of all of a report's prose: its sentences and the narrative figures' sentence. */
export function proseWeight(c: ReportContent): number {
  return fixedWeight(c) + (c.prose?.sentences.reduce((n, s) => n + hanCount(s.text), 0) ?? 0);
}

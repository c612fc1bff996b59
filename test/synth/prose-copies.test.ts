/**
 * The synthetic corpus's prose (issue 16): reports drawn apart share next to nothing, and the copies planted
 * at the rates asked for share what the generator records — measured by lib/similarity's copyShare on the
 * report's own paragraphs, and on what the parser reads back from a rendered report, within ±2 points.
 */
import { describe, expect, test } from 'vitest';
import { parseAnyDocument } from '../../lib/report/parse-any';
import { CHANNEL_RE } from '../../lib/report/narrative-channels';
import { isFormSentence } from '../../lib/similarity/boilerplate';
import { copyShare } from '../../lib/similarity/copy-share';
import { proseSentences, sentenceKey } from '../../lib/similarity/sentences';
import type { ReportContent } from '../../lib/synth/content';
import { planCorpus, type PlannedReport } from '../../lib/synth/corpus';
import { documentBlocks } from '../../lib/synth/document';
import { renderText } from '../../lib/synth/render-text';

const plans = (reports: number, rates = {}) => [...planCorpus({ seed: 1, reports, rates })];
const noBoilerplate = () => false;

/** The content's paragraphs as the comparison reads them, one a line. */
function proseOf(c: ReportContent) {
  let offset = 0;
  return proseSentences(
    documentBlocks(c).flatMap((b) => {
      if (b.kind !== 'paragraph') return [];
      const p = { text: b.text, offset };
      offset += b.text.length + 1;
      return [p];
    }),
  );
}

const share = (a: ReportContent, b: ReportContent) => copyShare(proseOf(a), proseOf(b), noBoilerplate)?.share ?? 0;

describe('synthetic prose and its copies', () => {
  const sample = plans(4000);
  const at = (i: number) => sample[i];
  const copies = sample.filter((p) => p.proseCopy && p.proseCopy.from < sample.length);
  const prev = copies.filter((p) => p.proseCopy!.kind === 'prev');
  const peer = copies.filter((p) => p.proseCopy!.kind === 'peer');

  test('is deterministic: the same seed plans the same prose and the same copies', () => {
    const again = plans(600);
    expect(again.map((p) => [p.content.prose, p.proseCopy])).toEqual(
      sample.slice(0, 600).map((p) => [p.content.prose, p.proseCopy]),
    );
  });

  test('copies from the year before and from another agency at about the rates asked for', () => {
    const canPrev = sample.filter((p, i) => {
      const before = sample[i - 1];
      return (
        i > 0 &&
        before.agency.index === p.agency.index &&
        before.year === p.year - 1 &&
        before.proseCopy?.kind !== 'peer'
      );
    });
    expect(prev.length / canPrev.length).toBeGreaterThan(0.12);
    expect(prev.length / canPrev.length).toBeLessThan(0.18);
    expect(peer.length / sample.length).toBeGreaterThan(0.015);
    expect(peer.length / sample.length).toBeLessThan(0.04);
    expect(plans(500, { prevCopy: 0, peerCopy: 0 }).filter((p) => p.proseCopy)).toEqual([]);
    expect(plans(500, { prevCopy: 1, peerCopy: 0 }).filter((p) => p.proseCopy).length).toBeGreaterThan(200);
  });

  test('a copy from the year before is the agency’s own last year; from a peer, another agency that year', () => {
    for (const p of prev) {
      const from = at(p.proseCopy!.from);
      expect([from.agency.index, from.year]).toEqual([p.agency.index, p.year - 1]);
    }
    const sources = peer.map((p) => p.proseCopy!.from);
    expect(new Set(sources).size).toBe(sources.length);
    for (const p of peer) {
      const from = at(p.proseCopy!.from);
      expect(from.agency.index).not.toBe(p.agency.index);
      expect(from.year).toBe(p.year);
      expect(from.proseCopy?.kind).not.toBe('peer');
      expect(copies.some((c) => c.proseCopy!.kind === 'peer' && c.index === from.index)).toBe(false);
    }
    // The year after a copy of another agency's copies nothing.
    for (const p of copies) {
      const before = at(p.index - 1);
      if (before.agency.index === p.agency.index && before.year === p.year - 1)
        expect(before.proseCopy?.kind, String(p.index)).not.toBe('peer');
    }
  });

  test('each copy shares the fraction it records, ±2 points, as copyShare measures it; and it is 65–90 %', () => {
    expect(prev.length).toBeGreaterThan(300);
    expect(peer.length).toBeGreaterThan(50);
    for (const p of copies) {
      const c = p.proseCopy!;
      const from = at(c.from).content;
      expect(Math.abs(share(p.content, from) - c.share), `${p.index} from ${c.from}`).toBeLessThan(0.02);
      expect(Math.abs(c.share - c.target)).toBeLessThan(0.02);
      expect(c.target).toBeGreaterThanOrEqual(0.65);
      expect(c.target).toBeLessThanOrEqual(0.9);
      // The report copied from: the part of it the copy repeats (its peer share rises to that).
      if (c.kind === 'peer') {
        expect(Math.abs(share(from, p.content) - c.fromShare)).toBeLessThan(0.02);
        expect(c.fromShare).toBeGreaterThanOrEqual(0.63);
      }
    }
  });

  test('reports not copied share under 5 % with their year before and with other reports of their year', () => {
    const own = (p: PlannedReport) => !p.proseCopy;
    const pairs: [PlannedReport, PlannedReport][] = [];
    sample.forEach((p, i) => {
      const before = sample[i - 1];
      if (i > 0 && own(p) && before.agency.index === p.agency.index && before.year === p.year - 1)
        pairs.push([p, before]);
    });
    const sourceOf = new Set(peer.map((p) => p.proseCopy!.from));
    const byYear = new Map<number, PlannedReport[]>();
    for (const p of sample.filter((p) => own(p) && !sourceOf.has(p.index)))
      byYear.set(p.year, [...(byYear.get(p.year) ?? []), p]);
    for (const list of byYear.values())
      for (let i = 1; i < Math.min(list.length, 80); i++) pairs.push([list[i], list[i - 1]]);
    expect(pairs.length).toBeGreaterThan(1000);
    for (const [a, b] of pairs) expect(share(a.content, b.content), `${a.index} ~ ${b.index}`).toBeLessThan(0.05);
  });

  test('read back by the parser from a rendered report, a copy still shares what it records, ±2 points', async () => {
    const parsed = async (c: ReportContent) =>
      proseSentences((await parseAnyDocument(Buffer.from(renderText(c, 'cell-per-line')), 'r.txt')).prose);
    for (const p of copies.slice(0, 60)) {
      const [mine, theirs] = [await parsed(p.content), await parsed(at(p.proseCopy!.from).content)];
      expect(Math.abs(copyShare(mine, theirs, noBoilerplate)!.share - p.proseCopy!.share)).toBeLessThan(0.02);
    }
  });

  test('the prose names no channel and says none of the form’s sentences: the parser reads only the figures', async () => {
    for (const p of sample.slice(0, 500)) {
      expect(p.content.prose!.narrativeTail.match(CHANNEL_RE)).toBeNull();
      for (const s of p.content.prose!.sentences) {
        expect(s.text.match(CHANNEL_RE), s.text).toBeNull();
        expect(isFormSentence(sentenceKey(s.text)), s.text).toBe(false);
        expect(s.text).not.toMatch(/\d\s*[条篇件期个]/);
      }
    }
    // The narrative figures read with the prose are those read without it.
    const figures = async (c: ReportContent) =>
      (await parseAnyDocument(Buffer.from(renderText(c, 'tab-rows')), 'r.txt')).report.narrative.map((f) => [
        f.channel,
        f.value,
      ]);
    for (const p of sample.slice(0, 100)) {
      const { prose: _, ...bare } = p.content;
      expect(await figures(p.content), String(p.index)).toEqual(await figures(bare));
    }
  });
});

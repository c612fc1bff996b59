/**
 * The words a chart draws, in English, are English (issue 18). The browser test reads a chart as a screen
 * reader does, by its name and description, because names drawn inside ECharts' SVG cannot be marked; so the
 * drawn words are checked here, on every builder's option: every string in it, less the names and captions the
 * test itself gave the builder (agencies, regions, the title), must hold no Chinese character or punctuation.
 */
import { describe, expect, test } from 'vitest';
import { wrongLanguage } from '../browser/language-rules';
import { allOptions, caption, MIX, PEERS, RANKED, TILES, TREND } from './samples';

/** Every string anywhere in an option. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('chart options in English', () => {
  const given = [
    ...TREND.map((s) => s.name),
    ...MIX.map((r) => r.label),
    ...PEERS.map((p) => p.agency),
    ...RANKED.map((r) => r.name),
    ...TILES.map((t) => t.name),
  ];
  test.each(allOptions('en'))('%s draws no Chinese but the names it was given', (_, option, cap) => {
    const data = [...given, cap.title, caption('en').filters].sort((a, b) => b.length - a.length);
    const wrong = strings(option).flatMap((s) => {
      const words = data.reduce((text, name) => text.split(name).join(' '), s);
      return wrongLanguage(words, 'en').map((w) => `${w} in "${s}"`);
    });
    expect(wrong).toEqual([]);
  });

  test('the check sees Chinese punctuation around a name', () => {
    const s = `${RANKED[0].name}（no data）`;
    expect(wrongLanguage(s.split(RANKED[0].name).join(' '), 'en')).toEqual(['（', '）']);
  });
});

/**
 * Every word of the UI in lib/i18n is in its own language (issue 18): no Chinese character or punctuation in an
 * English word (a '：' in an English label), no English sentence in a Chinese one. Functions are called with
 * placeholder arguments, numbers first, so their fixed words are checked too; what the caller puts in is not.
 * A command quoted in a sentence is code (the page sets it so, app/ui/with-commands.tsx), and the words
 * COMMON_TEXT shows as written in both languages (AS_WRITTEN) are no translation.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { commandParts } from '../../lib/format/command-parts';
import { AS_WRITTEN } from '../../lib/i18n/common-text';
import { type PageLanguage, wrongLanguage } from '../browser/language-rules';

const asWritten = new Set(AS_WRITTEN.flatMap((key) => [`COMMON_TEXT.zh.${key}`, `COMMON_TEXT.en.${key}`]));
/** A string's words: its commands left out. */
const words = (text: string) =>
  commandParts(text)
    .map((p) => (p.command ? ' ' : p.text))
    .join('');

const DIR = path.resolve(__dirname, '../../lib/i18n');
const modules = await Promise.all(
  readdirSync(DIR)
    .filter((f) => f.endsWith('.ts'))
    .map(async (f) => [f, (await import(path.join(DIR, f))) as Record<string, unknown>] as const),
);

/** Every string under `value`, with where it stands; functions called with placeholders. */
function strings(value: unknown, where: string, depth = 0): { where: string; text: string }[] {
  if (depth > 8) return [];
  if (typeof value === 'string') return [{ where, text: value }];
  if (typeof value === 'function') {
    for (const arg of [7, 'X']) {
      try {
        const out = (value as (...a: unknown[]) => unknown)(
          ...Array.from({ length: Math.max(value.length, 1) }, () => arg),
        );
        return strings(out, `${where}()`, depth + 1);
      } catch {}
    }
    return [];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${where}[${i}]`, depth + 1));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => strings(v, `${where}.${k}`, depth + 1));
  return [];
}

/** The zh and en halves of every `{ zh, en }` pair exported or nested in a module. */
function halves(value: unknown, where: string, out: { language: PageLanguage; where: string; value: unknown }[] = []) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return out;
  const o = value as Record<string, unknown>;
  if ('zh' in o && 'en' in o) {
    out.push(
      { language: 'zh', where: `${where}.zh`, value: o.zh },
      { language: 'en', where: `${where}.en`, value: o.en },
    );
    return out;
  }
  for (const [k, v] of Object.entries(o)) halves(v, `${where}.${k}`, out);
  return out;
}

describe.each(modules)('lib/i18n/%s', (_file, exported) => {
  const pairs = Object.entries(exported).flatMap(([name, v]) => halves(v, name));
  test('every English word is English and every Chinese one Chinese', () => {
    const wrong = pairs.flatMap(({ language, where, value }) =>
      strings(value, where)
        .filter((s) => !asWritten.has(s.where))
        .flatMap((s) => wrongLanguage(words(s.text), language).map((w) => `${s.where}: ${w}`)),
    );
    expect(wrong).toEqual([]);
  });
});

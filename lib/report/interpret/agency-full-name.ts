/**
 * The agency's full name where the report states it beside the short name its title uses:
 * "上海市科学技术委员会（以下简称“市科委”）" or "市科委（上海市科学技术委员会）". The title's name is kept
 * as written (it is how the report names itself); the full name helps to place and compare it.
 */
import { compact } from '../normalize';

/** Marks that end the words before a name; the name is the run of text after the last of them. */
const NAME_CHARS = String.raw`[^\s,.;:!?。，；：！？、()“”"‘’《》「」]`;
/**
 * Sentence words the run before "（以下简称…）" may start with: "根据上海市科学技术委员会（以下简称…）".
 * Not 经: names start with it (经济技术开发区管委会).
 */
const LEADING_WORDS = /^(?:本报告由|报告由|根据|按照|依据|现将|由|为|在|对|是|和|与|及|将)+/;

export function statedFullName(agency: string | null, paragraphs: readonly { text: string }[]): string | null {
  if (!agency) return null;
  const short = compact(agency);
  // Most paragraphs have no bracket or not the name: looked at as written, before the costlier compact.
  const ideograph = [...short].find((ch) => ch >= '\u4e00' && ch <= '\u9fff');
  for (const p of paragraphs) {
    if (!/[（(]/.test(p.text) || (ideograph && !p.text.includes(ideograph))) continue;
    const text = compact(p.text);
    if (!text.includes(short)) continue;
    // The patterns are tried only around "简称" and the short name, not along a page-long paragraph, and made
    // only when there is such a place (most reports have none: two regexes a new agency name, ~1.5 % of parsing
    // a crawler page).
    const aroundNamed = windows(text, '简称', 48, short.length + 4);
    const aroundExpanded = windows(text, `${short}(`, 0, 48);
    if (aroundNamed.length === 0 && aroundExpanded.length === 0) continue;
    const { named, expanded } = patternsFor(short);
    for (const m of [...aroundNamed.map((w) => named.exec(w)), ...aroundExpanded.map((w) => expanded.exec(w))]) {
      const full = m?.[1].replace(LEADING_WORDS, '');
      if (full && isFullNameOf(full, short)) return full;
    }
  }
  return null;
}

/** The two patterns for one short name, made once (the same agencies report year after year). */
function patternsFor(short: string): { named: RegExp; expanded: RegExp } {
  let found = patterns.get(short);
  if (found) return found;
  const quoted = escape(short);
  found = {
    named: new RegExp(String.raw`(${NAME_CHARS}{4,40})\((?:以下)?简称[“"‘「]?${quoted}[”"’」]?\)`),
    expanded: new RegExp(String.raw`${quoted}\((${NAME_CHARS}{4,40})\)`),
  };
  if (patterns.size >= 2_000) patterns.clear();
  patterns.set(short, found);
  return found;
}

const patterns = new Map<string, { named: RegExp; expanded: RegExp }>();

/** The text around each occurrence of `word`: `before` characters before it, `after` after its end. */
function windows(text: string, word: string, before: number, after: number): string[] {
  const out: string[] = [];
  for (let at = text.indexOf(word); at >= 0 && out.length < 8; at = text.indexOf(word, at + 1)) {
    out.push(text.slice(Math.max(0, at - before), at + word.length + after));
  }
  return out;
}

/** Longer than the short name and holding its characters in order (市科委 in 上海市科学技术委员会). */
function isFullNameOf(full: string, short: string): boolean {
  if (full.length <= short.length || full.startsWith('以下简称')) return false;
  let at = 0;
  for (const ch of short) {
    at = full.indexOf(ch, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

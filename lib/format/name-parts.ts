/**
 * A sentence of the UI that names something (an agency in a chart's caption), cut into the UI's words and the
 * names, so a page can mark each name as a name (translate="no", its own lang) and leave the words around it
 * to the page's language. Pure, for client components too.
 */
export interface TextPart {
  text: string;
  /** True for a name: a data value, not a word of the UI. */
  name: boolean;
}

/** `text` in order, each occurrence of one of `names` a part of its own (the longest name first where two overlap). */
export function nameParts(text: string, names: readonly string[]): TextPart[] {
  const wanted = [...new Set(names.filter((n) => n.trim() !== ''))].sort((a, b) => b.length - a.length);
  const parts: TextPart[] = [];
  let plain = '';
  for (let i = 0; i < text.length; ) {
    const name = wanted.find((n) => text.startsWith(n, i));
    if (name === undefined) {
      plain += text[i++];
      continue;
    }
    if (plain) parts.push({ text: plain, name: false });
    plain = '';
    parts.push({ text: name, name: true });
    i += name.length;
  }
  if (plain) parts.push({ text: plain, name: false });
  return parts;
}

/**
 * A sentence of the UI that quotes a command (`npm run reparse -- --all`), cut into its words and the command,
 * so a page can set the command as code (`<code translate="no">`): a command is typed as it is, in either
 * language, and is no English sentence on a Chinese page. Pure, for client components too.
 */
export interface CommandPart {
  text: string;
  /** True for the command itself. */
  command: boolean;
}

/** `npm run <script>`, and after ` -- ` its options (`--all`), hyphenated words (`file-held`) and placeholders (`ID`). */
const COMMAND = /npm run [a-z][\w:-]*(?: --(?: (?:-{1,2}[\w-]+|[a-z]+-[\w-]+|[A-Z]+\b))+)?/g;

export function commandParts(text: string): CommandPart[] {
  const parts: CommandPart[] = [];
  let at = 0;
  for (const m of text.matchAll(COMMAND)) {
    if (m.index > at) parts.push({ text: text.slice(at, m.index), command: false });
    parts.push({ text: m[0], command: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), command: false });
  return parts;
}

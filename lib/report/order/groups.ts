/** Numbers that stand together in the stream, with nothing but spaces, rules or cell breaks between. */
import { NUMBER_MARK, type NumberToken, type OrderStream } from './stream';

/** The runs of adjacent number tokens whose marks lie in [from, to). */
export function numberGroups(stream: OrderStream, from: number, to: number): NumberToken[][] {
  const groups: NumberToken[][] = [];
  let current: NumberToken[] = [];
  for (const t of stream.numbers) {
    if (t.at < from) continue;
    if (t.at >= to) break;
    const last = current[current.length - 1];
    if (last && t.at === last.at + 1 && stream.text[last.at] === NUMBER_MARK) current.push(t);
    else {
      if (current.length > 0) groups.push(current);
      current = [t];
    }
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

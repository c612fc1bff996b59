/** Numbers that stand together in the stream, with nothing but spaces, rules or cell breaks between. */
import { NUMBER_MARK, type NumberToken, type OrderStream } from './stream';

/** The runs of adjacent number tokens whose marks lie in [from, to). */
export function numberGroups(stream: OrderStream, from: number, to: number): NumberToken[][] {
  const groups: NumberToken[][] = [];
  let current: NumberToken[] = [];
  const numbers = stream.numbers;
  // The tokens stand in the order of their marks: the first at or after `from` is found by binary search.
  let lo = 0;
  let hi = numbers.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (numbers[mid].at < from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < numbers.length; i++) {
    const t = numbers[i];
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

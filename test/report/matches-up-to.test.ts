/**
 * A regex's matches found only as far as asked (lib/report/matches-up-to.ts): at every position the list holds
 * every match that starts before it, exactly as a full scan finds them, whatever else used the regex meanwhile.
 */
import { expect, test } from 'vitest';
import { MatchesUpTo, spanOf } from '../../lib/report/matches-up-to';

const VERB = /主动公开|(?<!申请|不予|予以|部分|不)公开(?!申请)|发布|推送/g;
const TEXT = '本年度主动公开信息120条，其中通过网站发布80条；不予公开3件，申请公开答复5件，微信推送40条。发布推送公开';

const all = () => [...TEXT.matchAll(new RegExp(VERB.source, 'g'))].map((m) => spanOf(m as RegExpExecArray));

test('at every position: each match starting before it, in order, as a full scan finds them', () => {
  const full = all();
  expect(full.length).toBeGreaterThan(3);
  const lazy = new MatchesUpTo(VERB, TEXT, spanOf);
  for (let pos = 0; pos <= TEXT.length; pos++) {
    const list = lazy.upTo(pos);
    const before = full.filter((s) => s.start < pos);
    expect(list.slice(0, before.length)).toEqual(before);
    // At most one match beyond the position, the next one.
    expect(list.length - before.length).toBeLessThanOrEqual(1);
    if (list.length > before.length) expect(list[before.length]).toEqual(full[before.length]);
  }
  expect(lazy.upTo(Number.POSITIVE_INFINITY)).toEqual(full);
});

test('another scan with the same regex in between does not move it', () => {
  const lazy = new MatchesUpTo(VERB, TEXT, spanOf);
  lazy.upTo(10);
  VERB.lastIndex = 0;
  while (VERB.exec('发布发布发布')) {}
  VERB.lastIndex = 3;
  expect(lazy.upTo(Number.POSITIVE_INFINITY)).toEqual(all());
});

test('a text without a match gives an empty list, asked again and again', () => {
  const lazy = new MatchesUpTo(VERB, '收到申请5件', spanOf);
  expect(lazy.upTo(3)).toEqual([]);
  expect(lazy.upTo(100)).toEqual([]);
});

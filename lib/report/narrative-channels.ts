/**
 * Channel keywords for the narrative "items published" figures (see narrative.ts).
 * One precompiled alternation; at any position the longest keyword wins, so "政务服务网" beats "网",
 * "政府信息公开目录" beats "目录" and "微信公众号" beats "微信".
 */
import { MatchesUpTo } from './matches-up-to';
import type { NarrativeChannel } from './types';

const TABLE: [NarrativeChannel, string[]][] = [
  ['serviceNet', ['政务服务网']],
  ['catalogue', ['政府信息公开目录', '公开目录', '目录']],
  ['wechat', ['微信公众号', '公众号', '微信']],
  ['weibo', ['微博']],
  ['website', ['门户网站', '政府网站', '网站', '政府网', '门户网', '官网']],
  ['bulletin', ['公开栏', '公示栏', '宣传栏', '公告栏']],
  ['press', ['报纸', '报刊', '日报', '晚报', '电视', '广播', '电台']],
  ['app', ['客户端', 'APP', 'App', 'app', '抖音', '今日头条', '头条号', '头条', '快手', '学习强国']],
  // Weak: used only when the same stretch of text names no more specific channel.
  ['newMedia', ['政务新媒体', '新媒体']],
];

/** A named 云上X platform (云上大冶, 云上恩施): a local app. */
const CLOUD_APP = '云上[\\u4e00-\\u9fff]{2}';

const BY_WORD = new Map<string, NarrativeChannel>();
for (const [channel, words] of TABLE) for (const w of words) BY_WORD.set(w, channel);

const WORDS = [...BY_WORD.keys()].sort((a, b) => b.length - a.length);
export const CHANNEL_RE = new RegExp(`${WORDS.join('|')}|${CLOUD_APP}`, 'g');

export interface ChannelHit {
  start: number;
  end: number;
  channel: NarrativeChannel;
  /** newMedia: loses to any more specific keyword in the same stretch. */
  weak: boolean;
}

/** The channel keywords in `text`, in order, found as far as asked (matches-up-to.ts). */
export function channelHits(text: string): MatchesUpTo<ChannelHit> {
  return new MatchesUpTo(CHANNEL_RE, text, hitOf);
}

function hitOf(m: RegExpExecArray): ChannelHit {
  const channel = BY_WORD.get(m[0]) ?? 'app';
  return { start: m.index, end: m.index + m[0].length, channel, weak: channel === 'newMedia' };
}

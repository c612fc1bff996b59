/**
 * Figures stated only in prose: how many items the agency published, and through which channel
 * ("通过门户网站发布信息464条", "微信公众号共发布信息 91 篇", "其中：湖北政务服务网1条，云上大冶15条").
 *
 * Rules, per number with a unit 条/篇/件/期/个 (one pass, a few precompiled regexes per paragraph):
 * - Clause = text between 。；;！？!? or line breaks; sentence = text between 。！？!? or line breaks.
 * - A figure needs a publishing verb earlier in its clause, with no "not publishing" word (收到, 受理, 答复,
 *   回应, 留言, 申请, 开展, 召开, 制定, 废止…) between that verb and the number — or it is an item of a
 *   "其中…" breakdown that follows a publishing sentence, in which case the item must name its own channel
 *   (categories such as "其中工作动态类79条" are skipped).
 * - Channel: the nearest keyword between the previous number of the clause and this one (a specific keyword
 *   beats 新媒体). If the clause named a channel only before an earlier number, this number is a part of that
 *   figure ("门户网站发布信息464条，梳理发布科技政策与解读4条") and is skipped. With no keyword in the clause, the
 *   previous sentence of the paragraph lends its keyword (unless an earlier figure used it and this number is
 *   not larger, i.e. a part of it). No channel at all → 'total' when the clause says 共/累计/各类/主动公开…, else 'other'.
 * - A figure not larger than an earlier figure of the same channel in the same paragraph is a part of it: skipped.
 * - Excluded by form: 第N条, years and dates, decimals and 万, percentages, money, "N个工作日", table rows (tabs).
 */
import type { NarrativeFigure, NarrativeChannel } from './types';
import { MatchesUpTo, type Span, spanOf } from './matches-up-to';
import { channelHits, type ChannelHit } from './narrative-channels';

export interface NarrativeParagraph {
  text: string;
  offset: number;
}

const NUM =
  /(?<![\d０-９]|[\d０-９][.．,]|第[ \u3000]*)([\d０-９]{1,3}(?:,[\d０-９]{3})+|[\d０-９]+)[ \u3000\u00a0]*([条篇件期个])(?!工作日|小时|月|季度|百分点|星期)/g;
const VERB =
  /主动公开|(?<!申请|不予|予以|部分|不)公开(?!申请)|发布|推送|发送|推出|刊发|编发|上传|更新|报送|转载|公布|刊登|发表/g;
const NEGATIVE =
  /收到|受理|答复|回复|回应|留言|申请|办理|来信|来访|来电|咨询|提案|建议|开展|举办|召开|组织|参加|制定|制发|印发|废止|清理|删除|整改|纠正|下架|关停|注销|不予|粉丝|关注|阅读|浏览|访问|点击|评论/g;
const TOTAL =
  /共计|共有|共(?=[\d０-９\s]|发布|公开|主动|推送|编发|刊发|上传|更新|报送)|累计|合计|总计|总数|各类|全年|全部|主动公开/g;
const BREAKDOWN = /(?:^|[；;])[\s\u3000]*其中/g;
const CLAUSE_END = '。；;！？!?\n\r';
const SENTENCE_END = '。！？!?\n\r';
const HAN = /[\u4e00-\u9fff]/;

function boundaryBefore(text: string, pos: number, ends: string): number {
  for (let i = pos - 1; i >= 0; i--) if (isEnd(text.charCodeAt(i), ends)) return i + 1;
  return 0;
}

function boundaryAfter(text: string, pos: number, ends: string): number {
  for (let i = pos; i < text.length; i++) if (isEnd(text.charCodeAt(i), ends)) return i;
  return text.length;
}

/** `ends.includes(text[i])` by character code: `text[i]` made a one-character string per character. */
function isEnd(code: number, ends: string): boolean {
  for (let j = 0; j < ends.length; j++) if (ends.charCodeAt(j) === code) return true;
  return false;
}

const inside = (s: Span, from: number, to: number) => s.start >= from && s.end <= to;

/** Index into `hits` of the channel for [from, to): the nearest specific keyword, else the nearest weak one. */
function pickChannel(hits: ChannelHit[], from: number, to: number): number {
  let weak = -1;
  for (let i = hits.length - 1; i >= 0; i--) {
    const h = hits[i];
    if (h.start < from) break;
    if (h.end > to) continue;
    if (!h.weak) return i;
    if (weak < 0) weak = i;
  }
  return weak;
}

function toInt(digits: string): number {
  let n = 0;
  for (const ch of digits) {
    const c = ch.charCodeAt(0);
    if (c >= 0xff10 && c <= 0xff19) n = n * 10 + (c - 0xff10);
    else if (c >= 48 && c <= 57) n = n * 10 + (c - 48);
  }
  return n;
}

/**
 * Scans one paragraph; `carry` says the previous non-blank paragraph published figures (so a paragraph
 * opening with "其中" is a breakdown of them). Returns whether this paragraph produced any figure.
 */
function scanParagraph(
  p: NarrativeParagraph,
  carry: boolean,
  out: NarrativeFigure[],
  seen: Set<string>,
  onUnreadable?: Unreadable,
): boolean {
  const text = p.text;
  NUM.lastIndex = 0;
  let m = NUM.exec(text);
  if (!m || text.trim().includes('\t')) return false; // no count, or a table row
  // Every look below is backwards from the number (spans ending by `pos`): keywords are matched only that far.
  const hitsSoFar = channelHits(text);
  const verbsSoFar = new MatchesUpTo(VERB, text, spanOf);
  const negativesSoFar = new MatchesUpTo(NEGATIVE, text, spanOf);
  const totalsSoFar = new MatchesUpTo(TOTAL, text, spanOf);
  const consumed = new Map<number, number>(); // hit index → value of the figure that used it
  const maxByChannel = new Map<NarrativeChannel, number>();
  let produced = false;
  let prevEnd = 0;

  for (; m; m = NUM.exec(text)) {
    const pos = m.index;
    const end = pos + m[0].length;
    const hits = hitsSoFar.upTo(pos);
    const verbs = verbsSoFar.upTo(pos);
    const negatives = negativesSoFar.upTo(pos);
    const totals = totalsSoFar.upTo(pos);
    const lastPrevEnd = prevEnd;
    prevEnd = end;
    if (m[2] === '个' && HAN.test(text[end] ?? '') && !text.startsWith('信息', end)) continue; // "5个栏目"

    const clauseStart = boundaryBefore(text, pos, CLAUSE_END);
    const sentenceStart = boundaryBefore(text, pos, SENTENCE_END);
    const segStart = Math.max(clauseStart, lastPrevEnd);
    const value = toInt(m[1]);
    // Past 2^53 a double no longer holds the number as written: it is reported, never rounded.
    if (!Number.isSafeInteger(value)) {
      onUnreadable?.(p.offset + pos, m[1]);
      continue;
    }
    let hit = -1;
    let channel: NarrativeChannel;

    // Is this number inside a "其中…" list (a clause of this sentence, up to here, opens with 其中)?
    let breakdownAt = -1;
    BREAKDOWN.lastIndex = 0;
    const head = text.slice(sentenceStart, pos);
    for (let b = BREAKDOWN.exec(head); b; b = BREAKDOWN.exec(head)) breakdownAt = sentenceStart + b.index;
    const breakdown = breakdownAt >= 0 && (verbs.some((v) => v.end <= breakdownAt) || (breakdownAt === 0 && carry));

    if (breakdown) {
      hit = pickChannel(hits, segStart, pos);
      if (hit < 0) continue; // a category of the figure above, not a channel
      if (negatives.some((n) => inside(n, segStart, pos))) continue;
      channel = hits[hit].channel;
    } else {
      let verbEnd = -1;
      for (const v of verbs) if (inside(v, clauseStart, pos)) verbEnd = v.end;
      if (verbEnd < 0) continue;
      if (negatives.some((n) => inside(n, verbEnd, pos))) continue;
      hit = pickChannel(hits, segStart, pos);
      if (hit < 0 && segStart > clauseStart && pickChannel(hits, clauseStart, segStart) >= 0) continue; // a part
      if (hit < 0 && clauseStart > 0) {
        const prev = pickChannel(hits, boundaryBefore(text, sentenceStart - 1, SENTENCE_END), clauseStart);
        const usedBy = prev >= 0 ? consumed.get(prev) : undefined;
        if (usedBy !== undefined && value <= usedBy) continue; // a part of the figure that used it
        if (usedBy === undefined) hit = prev;
      }
      if (hit >= 0) channel = hits[hit].channel;
      else channel = totals.some((t) => inside(t, clauseStart, pos)) ? 'total' : 'other';
    }

    if (channel !== 'other') {
      const max = maxByChannel.get(channel);
      if (max !== undefined && value <= max) continue; // a part of the earlier figure for this channel
      maxByChannel.set(channel, value);
    }
    if (hit >= 0) consumed.set(hit, value);
    const offset = p.offset + pos;
    const key = `${channel}|${value}|${offset}`;
    if (seen.has(key)) continue;
    seen.add(key);
    produced = true;
    out.push({
      metric: 'itemsPublished',
      channel,
      value,
      unit: m[2],
      evidence: text.slice(clauseStart, boundaryAfter(text, end, CLAUSE_END)).trim(),
      offset,
    });
  }
  return produced;
}

/** A prose number too large to hold exactly: where it stands and its digits as written. */
export type Unreadable = (offset: number, digits: string) => void;

/** Items-published figures from the report's prose paragraphs, in document order. */
export function extractNarrative(paragraphs: NarrativeParagraph[], onUnreadable?: Unreadable): NarrativeFigure[] {
  const out: NarrativeFigure[] = [];
  const seen = new Set<string>();
  let carry = false;
  for (const p of paragraphs) {
    if (p.text.trim() === '') continue;
    carry = scanParagraph(p, carry, out, seen, onUnreadable);
  }
  return out;
}

/**
 * The outline every form shares: title, the six sections, the narrative and the three tables.
 * Renderers differ only in how they write each block.
 */
import type { NarrativeItem, ProseSection, ReportContent, ReportProse } from './content';
import { table2Grids, table3Grid, table4Grid, type Grid, type TableRole } from './grid';
import { SECTION_HEADINGS, TITLE_SUFFIX } from './labels';

export type DocBlock =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  /** Table 2 comes as one grid per block; the others as one grid. */
  | { kind: 'table'; role: TableRole; grids: Grid[] };

const CHANNEL_PHRASES: Record<string, string> = {
  total: '全年共主动公开政府信息',
  website: '通过门户网站公开政府信息',
  wechat: '通过微信公众号发布信息',
  weibo: '通过政务微博发布信息',
  newMedia: '通过政务新媒体发布信息',
  catalogue: '在政府信息公开目录中公开信息',
  serviceNet: '通过政务服务网公开办事信息',
  bulletin: '通过政务公开栏公开信息',
  press: '通过报刊、广播电视发布信息',
  app: '通过政务客户端发布信息',
  other: '通过其他渠道公开信息',
};

/** One narrative figure as a clause, e.g. "通过门户网站公开政府信息423条". */
export function narrativeClause(item: NarrativeItem): string {
  return `${CHANNEL_PHRASES[item.channel] ?? CHANNEL_PHRASES.other}${item.value}${item.unit}`;
}

export function titleText(c: ReportContent): string {
  return `${c.agency}${c.year}${TITLE_SUFFIX}`;
}

/** The sentence of the narrative figures, e.g. "主动公开方面，通过门户网站公开政府信息423条。"; null without figures. */
export function narrativeSentence(c: ReportContent): string | null {
  const items = c.narrative ?? [];
  if (items.length === 0) return null;
  const tail = c.prose ? `，${c.prose.narrativeTail}` : '';
  return `主动公开方面，${items.map(narrativeClause).join('，')}${tail}。`;
}

/** A report's own sentences of one section, a paragraph of up to three. */
function proseParagraphs(prose: ReportProse, section: ProseSection): string[] {
  const sentences = prose.sentences.filter((s) => s.section === section).map((s) => s.text);
  const out: string[] = [];
  for (let at = 0; at < sentences.length; at += 3) out.push(sentences.slice(at, at + 3).join(''));
  return out;
}

function overviewParagraphs(c: ReportContent): string[] {
  const narrative = narrativeSentence(c);
  if (c.prose) {
    const [first = '', ...rest] = proseParagraphs(c.prose, 'overview');
    return [first, ...(narrative ? [narrative] : []), ...rest].filter((p) => p !== '');
  }
  const intro =
    `${c.year}年，${c.agency}认真贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外，` +
    '健全工作机制，规范公开流程，持续推进政府信息公开工作。';
  return narrative ? [intro, narrative] : [intro];
}

const PROBLEMS =
  '工作中仍存在公开内容不够全面、信息更新不够及时等问题。下一步，将进一步加强业务培训，' +
  '完善信息发布审核机制，提升政府信息公开工作质量。';

const problemParagraphs = (c: ReportContent) => (c.prose ? proseParagraphs(c.prose, 'problems') : [PROBLEMS]);

function otherParagraphs(c: ReportContent): string[] {
  const own = c.prose ? proseParagraphs(c.prose, 'other') : [];
  return own.length > 0 ? own : ['无。'];
}

const paragraphs = (texts: string[]) => texts.map((text): DocBlock => ({ kind: 'paragraph', text }));

export function documentBlocks(c: ReportContent): DocBlock[] {
  const [s1, s2, s3, s4, s5, s6] = SECTION_HEADINGS;
  return [
    { kind: 'title', text: titleText(c) },
    { kind: 'heading', text: s1 },
    ...paragraphs(overviewParagraphs(c)),
    { kind: 'heading', text: s2 },
    { kind: 'table', role: 'table2', grids: table2Grids(c) },
    { kind: 'heading', text: s3 },
    { kind: 'table', role: 'table3', grids: [table3Grid(c)] },
    { kind: 'heading', text: s4 },
    { kind: 'table', role: 'table4', grids: [table4Grid(c)] },
    { kind: 'heading', text: s5 },
    ...paragraphs(problemParagraphs(c)),
    { kind: 'heading', text: s6 },
    ...paragraphs(otherParagraphs(c)),
  ];
}

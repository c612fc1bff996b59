/**
 * One report's bytes in, the parsed-report JSON out: decode → read blocks → interpret → check.
 * This sync entry reads text, HTML and Markdown; `parse-any.ts` adds DOCX and PDF and feeds the
 * blocks of any reader to `interpretBlocks`.
 */
import { decodeBytes } from './decode';
import { UnreadableReportError } from './errors';
import { ReportSink, SourceIndex } from './findings';
import { dateCandidates } from './dates/date-candidates';
import { choosePublicationDate } from './dates/publication-date';
import { readHeader } from './interpret/header';
import { variantNotes } from './interpret/match';
import { detectTemplate } from './interpret/template';
import { type Walk, walkBlocks } from './interpret/walk';
import type { Block } from './model';
import { extractNarrative } from './narrative';
import { readHtml } from './readers/html';
import { readTextAndLines } from './readers/text';
import { sniffFormat } from './sniff';
import { summarize } from './summary';
import type { ParsedReport, TemplateVersion } from './types';
import { PARSER_VERSION } from './version';
import { checkFileSize, extensionMismatch } from './limits';
import { holdsTables, type OrderStream, readByOrder, streamEndFor, streamOf, tableText } from './order';
import { readTables } from './two-readings';

export function parseReport(bytes: Uint8Array, fileName: string): ParsedReport {
  return parseDocument(bytes, fileName).report;
}

/** A paragraph of the report's prose (outside its tables), with where it starts in the text. */
export interface ProseParagraph {
  text: string;
  offset: number;
}

/**
 * The parsed report together with the decoded text its provenance offsets point into, and its prose
 * paragraphs (what the copy-paste comparison reads; not part of the report JSON).
 */
export interface InterpretedDocument {
  report: ParsedReport;
  text: string;
  prose: ProseParagraph[];
}

export function parseDocument(bytes: Uint8Array, fileName: string): InterpretedDocument {
  checkFileSize(bytes.length);
  const { text, encoding } = decodeBytes(bytes);
  const format = sniffFormat(text, fileName);
  if (format === 'html')
    return interpretDocument(readHtml(text), text, { format, encoding, bytes: bytes.length, fileName });
  const { blocks, lineStarts } = readTextAndLines(text);
  return interpretDocument(blocks, text, { format, encoding, bytes: bytes.length, fileName, lineStarts });
}

/** How the blocks were read: goes into `report.source`; the file name only for the extension check. */
export interface SourceMeta {
  format: string;
  encoding: string;
  bytes: number;
  fileName?: string;
  /** The file's own title property (a PDF's Title): a title source when the text has no title line. */
  metadataTitle?: string | null;
  /** The file's creation and modification dates as its properties write them (PDF info, DOCX core.xml). */
  fileDates?: { created: string | null; modified: string | null };
  /** Where the text's lines start, when the reader found them already (see `SourceIndex`). */
  lineStarts?: ArrayLike<number> | null;
}

/**
 * The interpretation every reader shares: sections and tables found in the blocks, header, template,
 * the three tables, the checks, the summary and the narrative. `text` is the string the blocks' spans
 * point into. Throws UnreadableReportError when the blocks hold no report.
 */
export function interpretBlocks(blocks: Block[], text: string, meta: SourceMeta): ParsedReport {
  return interpretDocument(blocks, text, meta).report;
}

/** `interpretBlocks`, keeping the text and the prose paragraphs the walk found beside the report. */
export function interpretDocument(blocks: Block[], text: string, meta: SourceMeta): InterpretedDocument {
  const walk = walkBlocks(blocks);
  const layoutFound = walk.tablesSeen.size > 0 || walk.sectionsSeen.size >= 2;
  let stream: OrderStream | null = null;
  // Crawler text and other flattened pages have no rows to walk: the form's words in the stream tell.
  const streamWords = layoutFound && walk.tableWords.length > 0 ? [] : [tableText((stream ??= streamOf(blocks, text)))];
  if (!layoutFound && streamWords[0] === '') throw notAReport();
  const sink = new ReportSink(new SourceIndex(text, meta.lineStarts ?? undefined));
  const mismatch = meta.fileName === undefined ? null : extensionMismatch(meta.fileName, meta.format);
  if (mismatch) sink.add('source.extensionMismatch', 'info', 'source', mismatch);
  if (meta.encoding === 'utf-8-lossy') {
    sink.add(
      'source.invalidBytes',
      'warning',
      'source',
      'some bytes are not valid UTF-8 (a damaged or cut-off file?): they were replaced by U+FFFD, and a cell holding one is left unread',
    );
  }
  const firstBody = Math.min(...[...walk.tablesSeen.values(), firstSectionOffset(walk), text.length]);
  const header = readHeader(walk.paragraphs, firstBody, sink, {
    text,
    format: meta.format,
    metadataTitle: meta.metadataTitle,
  });
  const publication = choosePublicationDate(
    dateCandidates({
      text,
      format: meta.format,
      crawler: header.crawler,
      paragraphs: walk.paragraphs,
      firstBodyOffset: firstBody,
      fileDates: meta.fileDates,
    }),
    header.year,
    sink,
  );
  if (publication?.at) sink.trace('source.published', publication.at);
  const words = streamWords.length === 0 ? walk.tableWords : [...walk.tableWords, ...streamWords];
  const template = detectTemplate(words, header.year, sink);
  const readAs: TemplateVersion = template ?? '2021';

  reportMissingTables(walk, sink);
  for (const kind of ['table2', 'table3', 'table4'] as const) {
    for (const note of variantNotes(walk.headerWords[kind])) sink.add('label.variant', 'info', kind, `header ${note}`);
  }
  const { table2, table3, table4, byOrder } = readTables(walk, readAs, template, sink, (which) =>
    readByOrder((stream ??= streamOf(blocks, text, streamEndFor(which))), readAs, which),
  );
  if (!layoutFound && !(byOrder && holdsTables(byOrder))) throw notAReport();
  const summary = summarize(table3, template, sink);
  const narrative = extractNarrative(
    walk.paragraphs.filter((p) => p.section <= 2),
    (offset, digits) =>
      sink.add(
        'narrative.unreadable',
        'warning',
        'narrative',
        `"${digits}" in the prose is too large to hold exactly as a number; not used`,
        offset,
      ),
  );

  const report: ParsedReport = {
    agency: header.agency,
    agencyFullName: header.agencyFullName,
    year: header.year,
    identity: header.identity,
    template,
    region: null,
    agencyType: null,
    table2,
    table3,
    summary,
    table4,
    narrative,
    findings: sink.findings,
    source: {
      format: meta.format,
      encoding: meta.encoding,
      bytes: meta.bytes,
      parserVersion: PARSER_VERSION,
      ...header.source,
      ...(publication
        ? { published: publication.published, publishedFrom: publication.from, publishedDates: publication.dates }
        : {}),
    },
    provenance: sink.provenance,
  };
  return { report, text, prose: walk.paragraphs.map(({ text, offset }) => ({ text, offset })) };
}

function notAReport(): UnreadableReportError {
  return new UnreadableReportError(
    'this is not an annual open-government-information report: no report sections and no report tables were found',
  );
}

function firstSectionOffset(walk: Walk): number {
  return walk.paragraphs.find((p) => p.section > 0)?.offset ?? Number.MAX_SAFE_INTEGER;
}

const TABLE_NAMES = {
  table2: '表二 主动公开政府信息情况',
  table3: '表三 收到和处理政府信息公开申请情况',
  table4: '表四 行政复议、行政诉讼情况',
};

function reportMissingTables(walk: Walk, sink: ReportSink): void {
  for (const kind of ['table2', 'table3', 'table4'] as const) {
    if (walk.rows.some((r) => r.kind === kind)) continue;
    const sentence = kind === 'table2' ? undefined : standInSentence(walk, kind === 'table3' ? 3 : 4);
    const why = sentence ? `; the report says instead: "${sentence.text.trim()}"` : '';
    sink.add(
      `${kind}.missing`,
      sentence ? 'info' : 'warning',
      kind,
      `${TABLE_NAMES[kind]}: no table with numbers found, all its cells are null${why}`,
      sentence?.offset,
    );
  }
}

/** A sentence that replaces a table: "2019年，我局未收到…政府信息公开申请", "无…行政复议…". */
function standInSentence(walk: Walk, section: number) {
  const words = section === 3 ? /未收到|没有收到|无.{0,12}申请/ : /(无|未发生|没有).{0,30}(行政复议|行政诉讼)/;
  return walk.paragraphs.find((p) => p.section === section && words.test(p.text));
}

/**
 * The Word briefing (简报) as a DOCX file, from plain inputs: a title and its caption lines, the headline figures,
 * the sentences, the charts as PNG with a caption under each, and the first rows of a table. Written with the
 * `docx` package; fonts are named, never embedded: 黑体 headings and 仿宋 body for Chinese (Word and WPS have
 * both; elsewhere the reader's CJK font stands in), Arial and Times New Roman for English. A4, page numbers in
 * the footer; a table wider than the page's width in portrait gets a landscape page of its own.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  type ParagraphChild,
  type ISectionOptions,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { type Locale, pick } from '../format/locale';
import { BRIEFING_TEXT } from '../i18n/briefing-text';
import { COMMON_TEXT } from '../i18n/common-text';

export interface BriefingFigure {
  label: string;
  value: string;
  note?: string;
}

export interface BriefingChart {
  title: string;
  png: Uint8Array;
  /** The PNG's size in pixels, for its proportions. */
  width: number;
  height: number;
}

export interface BriefingTable {
  title: string;
  headers: string[];
  /** Per column: right-aligned numbers. */
  numeric: boolean[];
  rows: string[][];
  /** Lines under the table: how many rows of how many, what n and † mean, what a blank means. */
  notes: string[];
}

export interface BriefingDocument {
  locale: Locale;
  /** The title's lines: the view in words, then what the document is. Joined, the document's title. */
  title: string[];
  /** Under the title: filters, data date, source (and the synthetic data's warning). */
  captionLines: string[];
  figures: BriefingFigure[];
  sentences: string[];
  charts: BriefingChart[];
  table: BriefingTable | null;
}

/** Twips (1/20 pt) per centimetre; docx measures pages in twips and images in 96-dpi pixels. */
const TWIPS_PER_CM = 566.93;
const PX_PER_CM = 96 / 2.54;
const A4 = { width: 11906, height: 16838 };
const MARGIN_CM = { top: 2.54, bottom: 2.54, left: 2.5, right: 2.5 };
/** The text's width on a portrait A4 page between the margins: 16 cm, the charts' width. */
export const CHART_WIDTH_CM = 21 - MARGIN_CM.left - MARGIN_CM.right;
/** More columns than this do not fit a portrait page legibly. */
const PORTRAIT_COLUMNS = 8;

const FONTS = {
  zh: {
    heading: { ascii: 'Arial', hAnsi: 'Arial', eastAsia: '黑体', cs: 'Arial' },
    body: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋', cs: 'Times New Roman' },
  },
  en: {
    heading: { ascii: 'Arial', hAnsi: 'Arial', eastAsia: 'Arial', cs: 'Arial' },
    body: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: 'Times New Roman', cs: 'Times New Roman' },
  },
};

/** Sizes in half-points: zh 二号 title, 三号 headings, 四号 body, 五号 tables; en the usual report sizes. */
const SIZES = {
  zh: { title: 44, heading: 32, body: 28, caption: 21, table: 21, wideTable: 16 },
  en: { title: 36, heading: 28, body: 24, caption: 20, table: 19, wideTable: 15 },
};

const STYLE = { caption: 'BriefingCaption', table: 'BriefingTable', wideTable: 'BriefingWideTable' };

function styles(locale: Locale) {
  const font = FONTS[locale];
  const size = SIZES[locale];
  const small = (id: string, name: string, s: number) => ({
    id,
    name,
    basedOn: 'Normal',
    quickFormat: true,
    run: { font: font.body, size: s },
    paragraph: { spacing: { before: 0, after: 0, line: 260, lineRule: LineRuleType.AUTO }, indent: { firstLine: 0 } },
  });
  return {
    default: {
      document: {
        run: { font: font.body, size: size.body },
        paragraph: { spacing: { after: 120, line: 360, lineRule: LineRuleType.AUTO } },
      },
      title: {
        run: { font: font.heading, size: size.title, bold: false, color: '000000' },
        paragraph: {
          alignment: AlignmentType.CENTER,
          spacing: { before: 240, after: 240, line: 360, lineRule: LineRuleType.AUTO },
        },
      },
      heading1: {
        run: { font: font.heading, size: size.heading, bold: false, color: '000000' },
        paragraph: { spacing: { before: 360, after: 160, line: 360, lineRule: LineRuleType.AUTO }, keepNext: true },
      },
    },
    paragraphStyles: [
      {
        ...small(STYLE.caption, 'Briefing Caption', size.caption),
        paragraph: {
          alignment: AlignmentType.CENTER,
          spacing: { before: 60, after: 200, line: 280, lineRule: LineRuleType.AUTO },
        },
      },
      small(STYLE.table, 'Briefing Table', size.table),
      small(STYLE.wideTable, 'Briefing Wide Table', size.wideTable),
    ],
  };
}

const cm = (v: number) => Math.round(v * TWIPS_PER_CM);

function page(landscape: boolean): NonNullable<ISectionOptions['properties']>['page'] {
  return {
    size: { ...A4, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
    margin: {
      top: cm(MARGIN_CM.top),
      bottom: cm(MARGIN_CM.bottom),
      left: cm(MARGIN_CM.left),
      right: cm(MARGIN_CM.right),
      header: cm(1.25),
      footer: cm(1.25),
    },
  };
}

function footer(locale: Locale): Footer {
  const t = pick(locale, BRIEFING_TEXT).page;
  const children: ParagraphChild[] = [
    new TextRun({
      children: [t.before, PageNumber.CURRENT, t.middle, PageNumber.TOTAL_PAGES, ...(t.after ? [t.after] : [])],
    }),
  ];
  return new Footer({ children: [new Paragraph({ style: STYLE.caption, alignment: AlignmentType.CENTER, children })] });
}

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

/** The text's width between the margins, in twips, on a portrait or a landscape page. */
const textWidth = (landscape: boolean) => cm((landscape ? 29.7 : 21) - MARGIN_CM.left - MARGIN_CM.right);

/** Columns of words (names) wider than columns of numbers, all together the text's width. */
function columnWidths(numeric: boolean[], width: number): number[] {
  const weights = numeric.map((n) => (n ? 1 : 2.2));
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => Math.floor((w / sum) * width));
}

/** A real Word table: a header row that repeats on each page, numbers right-aligned. */
function wordTable(headers: string[], rows: string[][], numeric: boolean[], style: string, landscape = false): Table {
  const widths = columnWidths(numeric, textWidth(landscape));
  const cell = (text: string, i: number, header: boolean) =>
    new TableCell({
      width: { size: widths[i], type: WidthType.DXA },
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      ...(header ? { shading: { fill: 'E7E9EE' } } : {}),
      children: [
        new Paragraph({
          style,
          alignment: !header && numeric[i] ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [new TextRun({ text, bold: header })],
        }),
      ],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: widths,
    borders: BORDERS,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: headers.map((h, i) => cell(h, i, true)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((v, i) => cell(v, i, false)) })),
    ],
  });
}

function chartBlock(chart: BriefingChart, n: number, locale: Locale): Paragraph[] {
  const width = Math.round(CHART_WIDTH_CM * PX_PER_CM);
  const height = Math.round((width * chart.height) / chart.width);
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      // Single spacing: a picture in a paragraph of fixed line height is cut to that height.
      spacing: { before: 120, after: 0, line: 240, lineRule: LineRuleType.AUTO },
      children: [
        new ImageRun({
          type: 'png',
          data: chart.png,
          transformation: { width, height },
          altText: { name: chart.title, title: chart.title, description: chart.title },
        }),
      ],
    }),
    new Paragraph({ style: STYLE.caption, text: pick(locale, BRIEFING_TEXT).figureCaption(n, chart.title) }),
  ];
}

function body(doc: BriefingDocument): (Paragraph | Table)[] {
  const t = pick(doc.locale, BRIEFING_TEXT);
  const indent = doc.locale === 'zh' ? { firstLine: SIZES.zh.body * 20 } : undefined;
  const heading = (text: string) => new Paragraph({ heading: 'Heading1', text });
  const note = (text: string) => new Paragraph({ style: STYLE.caption, alignment: AlignmentType.LEFT, text });
  const figures = doc.figures.map((f) => [f.label, f.value, f.note ?? '']);
  const columns = t.figureColumns;
  return [
    new Paragraph({
      heading: 'Title',
      children: doc.title.map((text, i) => new TextRun({ text, break: i > 0 ? 1 : 0 })),
    }),
    ...doc.captionLines.map((line) => new Paragraph({ style: STYLE.caption, spacing: { after: 0 }, text: line })),
    heading(t.headings.figures),
    wordTable([columns.label, columns.value, columns.note], figures, [false, true, false], STYLE.table),
    heading(t.headings.points),
    ...doc.sentences.map((s) => new Paragraph({ indent, text: s })),
    heading(t.headings.charts),
    ...(doc.charts.length ? doc.charts.flatMap((c, i) => chartBlock(c, i + 1, doc.locale)) : [note(t.noCharts)]),
  ];
}

function tableBlock(doc: BriefingDocument, wide: boolean): (Paragraph | Table)[] {
  const t = pick(doc.locale, BRIEFING_TEXT);
  const table = doc.table;
  const heading = new Paragraph({ heading: 'Heading1', text: t.headings.table });
  if (!table || table.rows.length === 0)
    return [heading, new Paragraph({ style: STYLE.caption, alignment: AlignmentType.LEFT, text: t.noRows })];
  return [
    heading,
    new Paragraph({ style: STYLE.caption, keepNext: true, text: t.tableCaption(table.title) }),
    wordTable(table.headers, table.rows, table.numeric, wide ? STYLE.wideTable : STYLE.table, wide),
    ...table.notes.map(
      (line) =>
        new Paragraph({ style: STYLE.caption, alignment: AlignmentType.LEFT, spacing: { after: 0 }, text: line }),
    ),
  ];
}

/** The .docx file's bytes. */
export async function briefingDocx(doc: BriefingDocument): Promise<Buffer> {
  const wide = (doc.table?.headers.length ?? 0) > PORTRAIT_COLUMNS && (doc.table?.rows.length ?? 0) > 0;
  const foot = { default: footer(doc.locale) };
  const sections: ISectionOptions[] = wide
    ? [
        { properties: { page: page(false) }, footers: foot, children: body(doc) },
        { properties: { page: page(true) }, footers: foot, children: tableBlock(doc, true) },
      ]
    : [{ properties: { page: page(false) }, footers: foot, children: [...body(doc), ...tableBlock(doc, false)] }];
  const document = new Document({
    creator: pick(doc.locale, COMMON_TEXT).brand,
    title: doc.title.join(' '),
    styles: styles(doc.locale),
    sections,
  });
  return Packer.toBuffer(document);
}

/** Words of the agency page's template tables and source view. Chinese first, English second. */
const ZH = {
  tables: {
    nullCell: '报告中此格空白或无法读取（不按 0 计）',
    missingCell: '报告中没有此项（表格版本不同或整行缺失）',
    noSource: '未记录此数字在原文中的位置',
    showInSource: (line: number, written: string) => `在原文中查看：第 ${line} 行，原文为“${written}”`,
    highlighted: '当前在原文中标出的数字',
    finding: '解析提示',
    extraTitle: '表外数字',
    extraIntro: '报告中有、但此版表格没有位置的数字：',
  },
  source: {
    title: '原文',
    line: (n: number) => `第 ${n} 行`,
    formats: { text: '纯文本', html: 'HTML', markdown: 'Markdown', docx: 'Word（DOCX）', pdf: 'PDF' } as Record<
      string,
      string
    >,
    markupNote: '原文中的标记（HTML 标签）按文字原样显示，不作渲染。',
    docxNote: 'Word 文件显示为读取时转换所得的 HTML；其中的标记按文字原样显示，不作渲染。',
    pdfNote: '显示的是从 PDF 提取的文字，排版与原文件不同。',
    window: (from: string, to: string, total: string) =>
      `原文较长（共 ${total} 字符），此处只显示所选位置前后的一段（第 ${from}–${to} 字符）。`,
    start: (to: string, total: string) =>
      `原文较长（共 ${total} 字符），此处只显示开头 ${to} 字符；点击表格中的数字可查看其所在位置。`,
    outOfRange: '所选数字的位置超出原文范围，无法标出（原文可能已被替换）。',
    pickNumber: '点击上方表格中的数字，即可在此标出它在原文中的位置。',
    unavailable:
      '此报告导入时尚未保存读取所得的原文文字，故无法在此显示；运行 npm run reparse -- --all 重新解析后即可查看。表格中的数字不受影响。',
    highlight: '所选数字',
  },
};
export type AgencySourceText = typeof ZH;

const EN: AgencySourceText = {
  tables: {
    nullCell: 'Blank in the report or unreadable (not counted as 0)',
    missingCell: "Not in the report (another form's row, or the row is missing)",
    noSource: 'No position in the source was recorded for this number',
    // A title attribute cannot mark a quotation as Chinese (translate="no" would cover the whole link), so
    // the English title quotes the source only where it is written without Chinese, as most numbers are.
    showInSource: (line: number, written: string) =>
      /[\u3000-\u303f\u3400-\u9fff\uff01-\uff60]/.test(written)
        ? `Show in the source: line ${line}`
        : `Show in the source: line ${line}, written "${written}"`,
    highlighted: 'The number highlighted in the source',
    finding: 'Parser note',
    extraTitle: 'Numbers outside the form',
    extraIntro: "Numbers in the report that have no place in this form's tables: ",
  },
  source: {
    title: 'Source document',
    line: (n: number) => `line ${n}`,
    formats: { text: 'plain text', html: 'HTML', markdown: 'Markdown', docx: 'Word (DOCX)', pdf: 'PDF' },
    markupNote: 'Markup in the source (HTML tags) is shown as text, not rendered.',
    docxNote:
      'The Word file is shown as the HTML it was converted to when read; its markup is shown as text, not rendered.',
    pdfNote: "This is the text extracted from the PDF; its layout differs from the file's.",
    window: (from: string, to: string, total: string) =>
      `The source is long (${total} characters); only a stretch around the selected number is shown (characters ${from}–${to}).`,
    start: (to: string, total: string) =>
      `The source is long (${total} characters); only its first ${to} characters are shown. Click a number in the tables to see where it stands.`,
    outOfRange:
      "The selected number's position lies outside the source, so it cannot be marked (the source may have been replaced).",
    pickNumber: 'Click a number in the tables above to mark where it stands in the source.',
    unavailable:
      'This report was imported before the text read from its file was kept, so the source cannot be shown here; `npm run reparse -- --all` parses it again and keeps it. The numbers in the tables are not affected.',
    highlight: 'Selected number',
  },
};

export const AGENCY_SOURCE_TEXT = { zh: ZH, en: EN };

/**
 * Small Word documents, one per thing WordprocessingML can say that changes mammoth's HTML: headings
 * from styles, lists from numbering, run formatting, links (elements and fields), bookmarks, breaks,
 * text boxes, tracked changes, content controls, images, merged and nested tables, header rows,
 * entities and odd whitespace. The direct DOCX reader must write for each exactly what mammoth writes
 * (test/report/readers/docx-direct.test.ts); a few also use what sends a file to mammoth.
 */
import { writeZip, type ZipInput } from '../../lib/synth/zip';

const NS = [
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"',
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"',
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"',
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"',
  'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"',
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"',
  'xmlns:v="urn:schemas-microsoft-com:vml"',
  'xmlns:o="urn:schemas-microsoft-com:office:office"',
  'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"',
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"',
].join(' ');

const STYLES = `<?xml version="1.0" encoding="UTF-8"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>
<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>
<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/></w:style>
<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/></w:style>
<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/></w:style>
<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="Second definition, ignored"/></w:style>
</w:styles>`;

const NUMBERING = `<?xml version="1.0" encoding="UTF-8"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/></w:lvl><w:lvl w:ilvl="2"><w:numFmt w:val="lowerLetter"/></w:lvl><w:lvl w:ilvl="6"><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:pStyle w:val="ListBullet"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>`;

const DOCUMENT_RELS = `<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="http://www.gov.cn/a?b=1&amp;c=&quot;2&quot;" TargetMode="External"/>
<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/>
<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="page.html#old" TargetMode="External"/>
</Relationships>`;

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/></Types>`;

const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document.xml"/></Relationships>`;

const t = (s: string, props = '') =>
  `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${s}</w:t></w:r>`;
const p = (inner: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${inner}</w:p>`;
const tc = (inner: string, tcPr = '') => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${inner}</w:tc>`;
const image = (descr: string, link = '') =>
  `<w:r><w:drawing><wp:inline><wp:docPr id="1" name="Picture 1" descr="${descr}" title="T">${link}</wp:docPr><a:graphic><a:graphicData><pic:pic><pic:blipFill><a:blip r:embed="rId4"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`;

/** Body pieces by name: each a feature, all of them together make one more document. */
export const FEATURE_BODIES: Record<string, string> = {
  headings:
    p(t('一、总体情况'), '<w:pStyle w:val="Heading1"/>') +
    p(t('（一）主动公开'), '<w:pStyle w:val="2"/>') +
    p(t('标题'), '<w:pStyle w:val="Title"/>') +
    p(t('missing style'), '<w:pStyle w:val="Nope"/>') +
    p(t('脚注文本'), '<w:pStyle w:val="FootnoteText"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'),
  lists:
    p(t('第一项 12'), '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>') +
    p(t('第二项 34'), '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>') +
    p(t('子项 5'), '<w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr>') +
    p(t('子子项 6'), '<w:numPr><w:ilvl w:val="2"/><w:numId w:val="1"/></w:numPr>') +
    p(t('deep 7'), '<w:numPr><w:ilvl w:val="6"/><w:numId w:val="1"/></w:numPr>') +
    p(t('back 8'), '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>') +
    p(t('bullet by style'), '<w:pStyle w:val="ListBullet"/>') +
    p(t('numId only'), '<w:numPr><w:numId w:val="2"/></w:numPr>') +
    p(t('unknown num'), '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="9"/></w:numPr>') +
    p(t('after the list')),
  runs: p(
    t('bold ', '<w:b/>') +
      t('bold too', '<w:b w:val="1"/>') +
      t(' not bold', '<w:b w:val="0"/>') +
      t('italic', '<w:i/>') +
      t('both', '<w:b/><w:i/>') +
      t('struck', '<w:strike/>') +
      t('2', '<w:vertAlign w:val="superscript"/>') +
      t('i', '<w:vertAlign w:val="subscript"/>') +
      t('strong style', '<w:rStyle w:val="Strong"/>') +
      t('under', '<w:u w:val="single"/>') +
      t('caps', '<w:caps/><w:smallCaps/><w:highlight w:val="yellow"/>'),
  ),
  text:
    p(
      t(' a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos; &#20013;&#x6587; ') +
        '<w:r><w:tab/><w:t>after tab</w:t><w:br/><w:t>after br</w:t><w:br w:type="page"/><w:t>page</w:t><w:br w:type="column"/><w:br w:type="textWrapping"/><w:cr/><w:t>cr</w:t><w:noBreakHyphen/><w:softHyphen/><w:t/><w:t></w:t></w:r>',
    ) +
    p('') +
    '<w:p/>' +
    p(
      '<w:r><w:t>  spaces  kept  </w:t></w:r><w:proofErr w:type="spellStart"/><w:r><w:lastRenderedPageBreak/><w:t>x</w:t></w:r>',
    ),
  links:
    p(
      `<w:hyperlink r:id="rId3"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>外部链接</w:t></w:r><w:r><w:t> 2</w:t></w:r></w:hyperlink>`,
    ) +
    p(`<w:hyperlink w:anchor="sec1" w:tgtFrame="_blank">${t('内部')}</w:hyperlink>`) +
    p(`<w:hyperlink r:id="rId5" w:anchor="new">${t('fragment')}</w:hyperlink>`) +
    p(`<w:hyperlink>${t('no target')}</w:hyperlink>`) +
    p(
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "http://x.cn/q" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
        t('field link') +
        t(' two', '<w:b/>') +
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>' +
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>HYPERLINK \\l "anchor"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
        t('anchor field') +
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>' +
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
        t('3') +
        '<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
        '<w:fldSimple w:instr="PAGE">' +
        t('simple field dropped') +
        '</w:fldSimple>',
    ),
  bookmarks:
    p(
      `<w:bookmarkStart w:id="0" w:name="sec1"/>${t('书签')}<w:bookmarkEnd w:id="0"/><w:bookmarkStart w:id="1" w:name="_GoBack"/>`,
    ) +
    p('<w:bookmarkStart w:id="2" w:name="empty"/>') +
    p('<w:bookmarkStart w:id="3"/>'),
  textBoxes:
    p(
      t('before box') +
        '<w:r><w:pict><v:shape><v:textbox><w:txbxContent>' +
        p(t('文本框 12')) +
        p(t('second')) +
        '</w:txbxContent></v:textbox></v:shape></w:pict></w:r>' +
        t(' after box'),
    ) +
    p(
      '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>' +
        p(t('choice text')) +
        '</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:rect><v:textbox><w:txbxContent>' +
        p(t('fallback text 34')) +
        '</w:txbxContent></v:textbox></v:rect></w:pict></mc:Fallback></mc:AlternateContent></w:r>',
    ) +
    p('<mc:AlternateContent><mc:Choice Requires="w14"><w:r><w:t>c</w:t></w:r></mc:Choice></mc:AlternateContent>'),
  revisions:
    p(
      `<w:ins w:id="1" w:author="a">${t('inserted 9')}</w:ins><w:del w:id="2" w:author="a"><w:r><w:delText>deleted 8</w:delText></w:r></w:del>`,
    ) +
    p(t('mark deleted, joins next'), '<w:rPr><w:del w:id="3" w:author="a"/></w:rPr>') +
    p(t('next paragraph')) +
    p(`<w:moveFrom>${t('moved from')}</w:moveFrom><w:moveTo>${t('moved to')}</w:moveTo>`) +
    p(`<w:smartTag w:uri="x" w:element="y">${t('smart')}</w:smartTag><w:customXml>${t('custom')}</w:customXml>`) +
    `<w:sdt><w:sdtPr><w:alias w:val="x"/></w:sdtPr><w:sdtContent>${p(t('in content control'))}</w:sdtContent></w:sdt>` +
    p(`<w:sdt><w:sdtContent>${t('inline sdt')}</w:sdtContent></w:sdt>`) +
    p(
      `<w:commentRangeStart w:id="0"/>${t('commented')}<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>`,
    ),
  images: p(t('图') + image('a chart &amp; more') + image('  ') + image('linked', '<a:hlinkClick r:id="rId3"/>')),
  tables:
    '<w:tbl><w:tblPr><w:tblStyle w:val="Grid"/></w:tblPr><w:tblGrid><w:gridCol/></w:tblGrid>' +
    `<w:tr><w:trPr><w:tblHeader/></w:trPr>${tc(p(t('项目')), '<w:gridSpan w:val="2"/>')}${tc(p(t('数量')))}</w:tr>` +
    `<w:tr>${tc(p(t('A')), '<w:vMerge w:val="restart"/>')}${tc(p(t('a1')))}${tc(p(t('1')))}</w:tr>` +
    `<w:tr>${tc('<w:p/>', '<w:vMerge/>')}${tc(p(t('a2')))}${tc(p(t('2')))}</w:tr>` +
    `<w:tr>${tc('<w:p/>', '<w:vMerge w:val="continue"/>')}${tc(p(t('a3')))}${tc(`${p(t('3'))}${p(t('line 2'))}`)}</w:tr>` +
    `<w:tr><w:trPr><w:del w:id="1" w:author="a"/></w:trPr>${tc(p(t('deleted row')))}</w:tr>` +
    `<w:tr>${tc(p(t('B')), '<w:vMerge w:val="restart"/><w:gridSpan w:val="2"/>')}${tc(p(t('4')))}</w:tr>` +
    `<w:tr>${tc('<w:p/>', '<w:vMerge/><w:gridSpan w:val="2"/>')}${tc(p(t('5')))}</w:tr>` +
    `<w:tr>${tc(
      `${p(t('outer'))}<w:tbl><w:tr>${tc(p(t('inner 6')))}${tc(p(t('inner 7')), '<w:vMerge/>')}</w:tr><w:tr>${tc(p(t('x')))}${tc('<w:p/>', '<w:vMerge/>')}</w:tr></w:tbl>`,
      '<w:gridSpan w:val="3"/>',
    )}</w:tr>` +
    `<w:tr>${tc('')}${tc(p(''))}${tc(p(t('&amp;')))}</w:tr>` +
    '</w:tbl>' +
    // A bookmark between rows: mammoth then computes no merges at all.
    `<w:tbl><w:tr>${tc(p(t('r1')), '<w:vMerge w:val="restart"/>')}</w:tr><w:bookmarkStart w:id="9" w:name="mid"/><w:tr>${tc('<w:p/>', '<w:vMerge/>')}</w:tr></w:tbl>` +
    `<w:tbl><w:tr><w:trPr><w:tblHeader/></w:trPr>${tc(p(t('all header')))}</w:tr></w:tbl>` +
    `<w:tbl><w:tr>${tc(p(t('odd span')), '<w:gridSpan w:val="x"/>')}${tc(p(t('after odd')))}</w:tr></w:tbl>` +
    '<w:tbl></w:tbl>',
};

/** Bodies that send the file to mammoth: footnote references, symbols, checkboxes, XML the direct reader does not vouch for. */
export const FALLBACK_BODIES: Record<string, string> = {
  footnote: p(`${t('正文')}<w:r><w:footnoteReference w:id="1"/></w:r>`),
  symbol: p('<w:r><w:sym w:font="Wingdings" w:char="F0FC"/></w:r>'),
  checkbox: p(
    '<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val="1"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:t>☒</w:t></w:r></w:sdtContent></w:sdt>',
  ),
  comment: `<!-- a comment -->${p(t('x'))}`,
  cdata: p('<w:r><w:t><![CDATA[a<b]]></w:t></w:r>'),
  entity: p(t('&nbsp;')),
  attributeTwice: p(t('x', '<w:b w:val="1" w:val="0"/>')),
  unclosed: '<w:p><w:r><w:t>x</w:t></w:p>',
  namespaceBelowRoot: `<w:p xmlns:x="urn:x">${t('declared below the root')}</w:p>`,
  textWithMarkup: p('<w:r><w:t>a<w:b/></w:t></w:r>'),
};

export function featureDocument(body: string, { parts = true }: { parts?: boolean } = {}): Uint8Array {
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:document ${NS}><w:body>${body}<w:sectPr/></w:body></w:document>`;
  const files: ZipInput[] = [
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: '_rels/.rels', data: ROOT_RELS },
    { name: 'word/document.xml', data: document },
  ];
  if (parts)
    files.push(
      { name: 'word/_rels/document.xml.rels', data: DOCUMENT_RELS },
      { name: 'word/styles.xml', data: STYLES },
      { name: 'word/numbering.xml', data: NUMBERING },
      { name: 'word/media/image1.png', data: new Uint8Array(64).fill(1) },
    );
  return writeZip(files);
}

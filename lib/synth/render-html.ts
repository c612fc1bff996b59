/**
 * HTML as published on government sites: real <table> markup with rowspan/colspan, cell text inside
 * <p><span>, long labels split across two spans, &nbsp; in blank cells; optionally a whole page with
 * head, scripts, navigation and footer around the report.
 */
import type { ReportContent } from './content';
import { documentBlocks, type DocBlock } from './document';
import { stackGrids, type Grid, type GridCell } from './grid';

export interface HtmlOptions {
  /** Wrap the report in a full page (head, script, nav, breadcrumb, footer). */
  page?: boolean;
  /** Write each 第二十条 block of table 2 as its own <table>, as many sites do. */
  splitTable2?: boolean;
  /**
   * The page's 发布时间 (YYYY-MM-DD), or null for a page that shows none. Left out, a January date made
   * from the title (not always a real day) stands there.
   */
  published?: string | null;
}

const SPAN = '<span style="font-family:宋体;font-size:14px">';

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function cellContent(cell: GridCell): string {
  if (cell.kind === 'value' && cell.text === '') return '&nbsp;';
  const t = cell.text;
  // Editors split long labels into runs; a reader has to join them back.
  const parts = cell.kind === 'label' && t.length > 6 ? [t.slice(0, t.length >> 1), t.slice(t.length >> 1)] : [t];
  return `<p style="text-align:center">${parts.map((p) => `${SPAN}${escapeHtml(p)}</span>`).join('')}</p>`;
}

function cellHtml(cell: GridCell): string {
  const attrs = [
    cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : '',
    cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : '',
  ].join('');
  return `<td${attrs} valign="center" style="border:solid windowtext 1px;padding:0 5px">${cellContent(cell)}</td>`;
}

export function tableHtml(grid: Grid): string {
  const rows = grid.rows.map((row) => {
    const cells = row.flatMap((s) => (s.kind === 'cell' ? [cellHtml(s.cell)] : []));
    return `<tr>${cells.join('')}</tr>`;
  });
  return (
    '<table border="1" cellspacing="0" cellpadding="0" width="100%" style="border-collapse:collapse">\n' +
    `<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`
  );
}

function blockHtml(b: DocBlock, splitTable2: boolean): string {
  switch (b.kind) {
    case 'title':
      return `<p style="text-align:center"><strong>${escapeHtml(b.text)}</strong></p>`;
    case 'heading':
      return `<p style="text-indent:2em"><strong>${escapeHtml(b.text)}</strong></p>`;
    case 'paragraph':
      return `<p style="text-indent:2em">${escapeHtml(b.text)}</p>`;
    case 'table':
      return b.role === 'table2' && splitTable2
        ? b.grids.map(tableHtml).join('\n<p>&nbsp;</p>\n')
        : tableHtml(stackGrids(b.grids));
  }
}

/** A stable small number from a string, for ids and counters that should not vary between runs. */
function digits(s: string, n: number): string {
  let h = 7;
  for (const ch of s) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return String(h).padStart(n, '1').slice(0, n);
}

function page(c: ReportContent, title: string, body: string, published: string | null | undefined): string {
  const site = `${c.agency}门户网站`;
  const id = digits(c.agency, 10);
  const date = published === undefined ? `${c.year + 1}-01-${digits(title, 2).replace(/^[3-9]/, '2')}` : published;
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${escapeHtml(title)}_${escapeHtml(site)}</title>
<meta name="SiteName" content="${escapeHtml(site)}">
<meta name="ArticleTitle" content="${escapeHtml(title)}">
<link rel="stylesheet" href="/css/style.css">
<style>.nav li{float:left;margin:0 12px}.footer{text-align:center}</style>
<script type="text/javascript">
var _hmt = _hmt || [];
(function () { var hm = document.createElement("script"); hm.src = "/js/stat.js?${id}";
  var s = document.getElementsByTagName("script")[0]; s.parentNode.insertBefore(hm, s); })();
function fontZoom(size) { if (size < 12 || size > 24) { return; } document.getElementById("zoom").style.fontSize = size + "px"; }
</script>
</head>
<body>
<div class="top"><a href="/">${escapeHtml(site)}</a> <a href="/wza/">无障碍</a> <a href="/en/">English</a></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/xxgk/">政府信息公开</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/bsfw/">办事服务</a></li></ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">政府信息公开</a> &gt; <a href="/xxgk/ndbg/">政府信息公开年报</a></div>
<div class="article">
<h1 class="title">${escapeHtml(title)}</h1>
<div class="info">${date === null ? '' : `发布时间：${date} `}来源：${escapeHtml(c.agency)} 浏览次数：<span id="hits">${digits(title, 4)}</span> 字号：[<a href="javascript:fontZoom(16)">大</a> <a href="javascript:fontZoom(14)">中</a> <a href="javascript:fontZoom(12)">小</a>]</div>
<div id="zoom" class="content">
${body}
</div>
</div>
<div class="footer"><p>主办单位：${escapeHtml(c.agency)} 网站标识码：${id}</p><p>ICP备${digits(id, 8)}号-1 公网安备 ${id}${digits(site, 4)}号</p></div>
<script type="text/javascript">document.write('<span id="visits">' + (1 + 2) + '</span>');</script>
</body>
</html>
`;
}

export function renderHtml(c: ReportContent, opts: HtmlOptions = {}): string {
  const blocks = documentBlocks(c);
  const body = blocks.map((b) => blockHtml(b, opts.splitTable2 ?? false)).join('\n');
  if (!opts.page) return `${body}\n`;
  const title = blocks[0].kind === 'title' ? blocks[0].text : c.agency;
  return page(c, title, body, opts.published);
}

/**
 * Server-side chart images for export: the same option the client draws, rendered by ECharts' SSR SVG
 * renderer, and rasterised by sharp (librsvg + pango) for slides. Server only: imports sharp.
 *
 * Chinese text is drawn with whatever fontconfig resolves the option's FONT_FAMILY to; on the server
 * that is Noto Sans CJK SC from Debian's fonts-noto-cjk (test/support/install-system-packages.sh).
 * Without a CJK font pango draws hex boxes instead of glyphs; test/charts/render-image.test.ts checks for that.
 */
import type { EChartsOption } from 'echarts';
import sharp from 'sharp';
import { echarts } from './echarts-registry';

export interface ChartSize {
  width: number;
  height: number;
}

/** White, so dark caption text stays legible when the image is pasted on a dark slide. */
const BACKGROUND = '#ffffff';

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

/**
 * The chart as a standalone SVG file: XML declaration, xmlns, width/height and viewBox (ECharts writes
 * these), and an opaque white background rect (ECharts' first rect, filled from `backgroundColor`).
 */
export function renderChartSvg(option: EChartsOption, { width, height }: ChartSize): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    // The export is always on white, whatever the option says: the ink colours assume it. No animation:
    // ECharts' SSR writes its grow-in as CSS keyframes, so a thumbnail or print taken at load showed empty bars.
    chart.setOption({ ...option, animation: false, backgroundColor: BACKGROUND });
    return XML_DECLARATION + chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/**
 * The chart as a PNG at `scale` × its CSS size (2 by default, so 960×540 becomes 1920×1080 for slides).
 * librsvg treats SVG px as 1/72 in at density 72, so density 72·scale scales every length by `scale`:
 * text and lines are rasterised sharp at the higher resolution, not upscaled.
 */
export async function renderChartPng(
  option: EChartsOption,
  { width, height, scale = 2 }: ChartSize & { scale?: number },
): Promise<Buffer> {
  const svg = renderChartSvg(option, { width, height });
  return sharp(Buffer.from(svg), { density: 72 * scale })
    .png()
    .toBuffer();
}

import { describe, expect, test } from 'vitest';
import { textRotation } from '../../../lib/report/readers/pdf-page';

/** A pdf.js text item whose baseline runs at `degrees` (counter-clockwise, PDF user space). */
const item = (str: string, degrees: number) => {
  const r = (degrees * Math.PI) / 180;
  return { str, transform: [12 * Math.cos(r), 12 * Math.sin(r), -12 * Math.sin(r), 12 * Math.cos(r), 100, 100] };
};

describe('textRotation', () => {
  test('upright text needs no turn; text running up, down or upside down needs the turn that makes it read left to right', () => {
    expect(textRotation([item('一、总体情况', 0)])).toBe(0);
    expect(textRotation([item('一、总体情况', 90)])).toBe(90);
    expect(textRotation([item('一、总体情况', -90)])).toBe(270);
    expect(textRotation([item('一、总体情况', 180)])).toBe(180);
  });

  test('the direction of most characters wins; a few rotated labels do not turn the page', () => {
    expect(textRotation([item('自然人', 90), item('本年新收政府信息公开申请数量', 0), item('商业企业', 90)])).toBe(0);
    expect(textRotation([item('页', 0), item('本年新收政府信息公开申请数量', 90)])).toBe(90);
  });

  test('near-axis angles snap to the nearest quarter turn; no text (a scan) gives null', () => {
    expect(textRotation([item('申请', 3)])).toBe(0);
    expect(textRotation([item('申请', 88)])).toBe(90);
    expect(textRotation([])).toBeNull();
    expect(textRotation([item('   ', 90), { type: 'beginMarkedContent' }])).toBeNull();
  });
});

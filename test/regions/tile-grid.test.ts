import { describe, expect, it } from 'vitest';
import { regionChildren } from '../../lib/regions';
import { shortName } from '../../lib/regions/names';
import { PROVINCE_TILES, TILE_COLUMNS, TILE_ROWS } from '../../lib/regions/tile-grid';

const at = (zh: string) => PROVINCE_TILES.find((t) => t.zh === zh)!;

describe('province tile grid', () => {
  it('has 34 distinct codes: the 31 provinces of lib/regions, and Taiwan, Hong Kong and Macao', () => {
    const codes = PROVINCE_TILES.map((t) => t.code);
    expect(new Set(codes).size).toBe(34);
    const mainland = regionChildren(null).map((p) => p.code);
    expect(mainland).toHaveLength(31);
    expect([...codes].sort()).toEqual([...mainland, '710000', '810000', '820000'].sort());
  });

  it('puts no two provinces on one cell, and every one inside the grid', () => {
    const cells = PROVINCE_TILES.map((t) => `${t.row},${t.column}`);
    expect(new Set(cells).size).toBe(34);
    for (const t of PROVINCE_TILES) {
      expect(t.row, t.zh).toBeGreaterThanOrEqual(0);
      expect(t.row, t.zh).toBeLessThan(TILE_ROWS);
      expect(t.column, t.zh).toBeGreaterThanOrEqual(0);
      expect(t.column, t.zh).toBeLessThan(TILE_COLUMNS);
    }
    // Every row and column holds a tile: the grid is no larger than it needs to be.
    expect(new Set(PROVINCE_TILES.map((t) => t.row)).size).toBe(TILE_ROWS);
    expect(new Set(PROVINCE_TILES.map((t) => t.column)).size).toBe(TILE_COLUMNS);
  });

  it("names each province by its short name and lib/regions' English name", () => {
    for (const p of regionChildren(null)) {
      const tile = PROVINCE_TILES.find((t) => t.code === p.code)!;
      expect(tile.zh).toBe(shortName(p.name.zh));
      expect(tile.en).toBe(p.name.en);
    }
    expect(PROVINCE_TILES.filter((t) => !t.en)).toEqual([]);
    expect(at('台湾').en).toBe('Taiwan');
  });

  it('keeps the landmarks where a reader looks for them', () => {
    const hlj = at('黑龙江');
    expect(hlj.row).toBe(0);
    expect(hlj.column).toBe(TILE_COLUMNS - 1);
    expect(at('新疆').column).toBe(0);
    expect(at('海南').row).toBe(TILE_ROWS - 1);
    expect(at('台湾')).toMatchObject({ row: at('福建').row, column: at('福建').column + 1 });
    expect(at('澳门').row).toBe(at('广东').row + 1);
    expect(at('香港').row).toBe(at('广东').row + 1);
    expect(at('香港').column).toBeGreaterThan(at('澳门').column);
    // North above south, west left of east, for a few pairs a reader would check.
    expect(at('北京').row).toBeLessThan(at('上海').row);
    expect(at('上海').row).toBeLessThan(at('广东').row);
    expect(at('四川').column).toBeLessThan(at('湖北').column);
    expect(at('湖北').column).toBeLessThan(at('上海').column);
  });
});

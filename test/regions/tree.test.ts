import { describe, expect, it } from 'vitest';
import { regionChildren, regionTrail } from '../../lib/regions';

describe('region tree', () => {
  it('lists the 31 provinces at the top', () => {
    const provinces = regionChildren(null);
    expect(provinces).toHaveLength(31);
    expect(provinces.every((p) => p.level === 'province')).toBe(true);
    expect(provinces.map((p) => p.name.zh)).toContain('浙江省');
  });

  it('puts cities under a province and counties under a city', () => {
    expect(regionChildren('330000').map((c) => c.name.zh)).toContain('嘉兴市');
    expect(regionChildren('330400').map((c) => c.name.zh)).toEqual(expect.arrayContaining(['南湖区', '海宁市']));
  });

  it("puts a municipality's districts directly under it", () => {
    const beijing = regionChildren('110000');
    expect(beijing.map((c) => c.name.zh)).toContain('朝阳区');
    expect(beijing.every((c) => c.level === 'county')).toBe(true);
  });

  it('lists regions by code, in either language', () => {
    const codes = regionChildren('330000').map((c) => c.code);
    expect(codes).toEqual([...codes].sort());
  });

  it('walks from the province down', () => {
    expect(regionTrail('330481').map((r) => r.name.zh)).toEqual(['浙江省', '嘉兴市', '海宁市']);
    expect(regionTrail('110105').map((r) => r.name.zh)).toEqual(['北京市', '朝阳区']);
    expect(regionTrail('110105').map((r) => r.name.en)).toEqual(['Beijing', 'Chaoyang District']);
    expect(regionTrail('999999')).toEqual([]);
  });
});

describe('regionSelects', async () => {
  const { regionSelects } = await import('../../lib/view-state/region-options');
  it('offers cities of the chosen province and counties of the chosen city', () => {
    const s = regionSelects('330481');
    expect(s.selected).toEqual({ province: '330000', city: '330400', county: '330481' });
    expect(s.cities.map((c) => c.name.zh)).toContain('杭州市');
    expect(s.counties.map((c) => c.name.zh)).toContain('南湖区');
    expect(s.trail.map((r) => r.name.zh)).toEqual(['浙江省', '嘉兴市', '海宁市']);
    expect(s.unknown).toBeNull();
  });
  it('keeps a code no region has, so the boxes can say it rather than every region', () => {
    const s = regionSelects('999999');
    expect(s.unknown).toBe('999999');
    expect(s.trail).toEqual([]);
    expect(s.selected).toEqual({});
  });
  it("offers a municipality's districts as counties, with no city", () => {
    const s = regionSelects('110000');
    expect(s.cities).toEqual([]);
    expect(s.counties.map((c) => c.name.zh)).toContain('海淀区');
  });
  it('offers only provinces when nothing is chosen', () => {
    const s = regionSelects(undefined);
    expect(s.provinces).toHaveLength(31);
    expect(s.cities).toEqual([]);
    expect(s.counties).toEqual([]);
  });
});

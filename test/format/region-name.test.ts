import { describe, expect, test } from 'vitest';
import { regionName } from '../../lib/format/region-name';

describe('regionName', () => {
  test.each([
    [{ province: '江西省', city: '宜春市', county: '上高县' }, '江西省 宜春市 上高县'],
    [{ province: '北京市', city: '北京市', county: '朝阳区' }, '北京市 朝阳区'],
    [{ province: '浙江省', city: null, county: null }, '浙江省'],
    [{ province: null, city: null, county: null }, ''],
  ])('%o → %s', (r, text) => {
    expect(regionName(r)).toBe(text);
  });
});

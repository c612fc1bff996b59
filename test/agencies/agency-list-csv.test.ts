/** The user's agency list as a CSV: name, region code, type; what cannot be read is said by line, never guessed silently. */
import { describe, expect, test } from 'vitest';
import { csvRows, readAgencyList } from '../../lib/agencies/agency-list-csv';

describe('csvRows', () => {
  test('quotes, doubled quotes, commas inside quotes, CRLF, a BOM and no final newline', () => {
    expect(csvRows('\uFEFFa,"b, c","say ""hi"""\r\nd,,e')).toEqual([
      ['a', 'b, c', 'say "hi"'],
      ['d', '', 'e'],
    ]);
  });
});

describe('readAgencyList', () => {
  test('a header row is skipped; the code gives province, city and county; the type is an id or a name in either language', () => {
    const { entries, problems } = readAgencyList(
      '名称,区划代码,类型\n嘉兴市科学技术局,330400,科技局\n上高县科技局,360923,science\n鹿城区教育局,330302,Education\n',
    );
    expect(problems).toEqual([]);
    expect(entries.map(({ sortKey, ...e }) => e)).toEqual([
      {
        name: '嘉兴市科学技术局',
        regionCode: '330400',
        provinceCode: '330000',
        cityCode: '330400',
        countyCode: null,
        typeId: 'science',
      },
      {
        name: '上高县科技局',
        regionCode: '360923',
        provinceCode: '360000',
        cityCode: '360900',
        countyCode: '360923',
        typeId: 'science',
      },
      {
        name: '鹿城区教育局',
        regionCode: '330302',
        provinceCode: '330000',
        cityCode: '330300',
        countyCode: '330302',
        typeId: 'education',
      },
    ]);
    expect(entries[0].sortKey).toBe('jia xing shi ke xue ji shu ju');
  });

  test('blank region and type are read from the name, as an import reads them', () => {
    const { entries, problems } = readAgencyList('杭州市教育局,,\n');
    expect(problems).toEqual([]);
    expect(entries[0]).toMatchObject({ regionCode: '330100', cityCode: '330100', typeId: 'education' });
  });

  test('what cannot be read is said with its line; a nameless or repeated entry is left out', () => {
    const { entries, problems } = readAgencyList(
      '杭州市教育局,999999,教育局\n,330100,\n杭州市教育局,330100,\n某某单位,,不知道\n\n',
    );
    expect(entries.map((e) => e.name)).toEqual(['杭州市教育局', '某某单位']);
    expect(entries[0]).toMatchObject({ regionCode: '330100', typeId: 'education' });
    expect(entries[1]).toMatchObject({ regionCode: null, provinceCode: null, typeId: 'other' });
    expect(problems).toEqual([
      { line: 1, message: '"999999" is not a division code: the region is read from the name' },
      { line: 2, message: 'no name: left out' },
      { line: 3, message: '"杭州市教育局" is listed twice: the second left out' },
      { line: 4, message: 'no region for "某某单位": it counts only where no region is chosen' },
      { line: 4, message: '"不知道" is no agency type: the type is read from the name' },
    ]);
  });
});

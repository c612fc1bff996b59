import { describe, expect, it } from 'vitest';
import {
  filtersOf,
  hrefWith,
  parseViewState,
  parseYear,
  serializeViewState,
  withoutFilters,
} from '../../lib/view-state';

describe('parseViewState', () => {
  it('reads every filter, sort and page from the query', () => {
    const s = parseViewState(
      new URLSearchParams(
        'lang=en&region=330400&from=2019&to=2021&type=education,finance&tpl=2021&metric=disclosureRate&sort=appsNew.desc&page=3&size=100&cols=appsNew,granted&by=agency',
      ),
    );
    expect(s).toEqual({
      lang: 'en',
      region: '330400',
      yearFrom: 2019,
      yearTo: 2021,
      types: ['education', 'finance'],
      template: '2021',
      metric: 'disclosureRate',
      sort: { id: 'appsNew', desc: true },
      page: 3,
      pageSize: 100,
      columns: ['appsNew', 'granted'],
      by: 'agency',
      synthetic: false,
    });
  });

  it.each([
    ['region=33', 'region', undefined],
    ['region=abcdef', 'region', undefined],
    ['from=1900', 'yearFrom', undefined],
    ['metric=DROP TABLE', 'metric', 'appsNew'],
    ['sort=appsNew;--', 'sort', undefined],
    ['page=-2', 'page', 1],
    ['page=2.5', 'page', 1],
    // Issue 19 item 7 / issue 18: a page no table has is dropped, not handed to SQL as OFFSET 5e+31.
    ['page=99999999999999999999', 'page', 1],
    ['page=1e30', 'page', 1],
    ['page=1e308', 'page', 1],
    ['page=0x10', 'page', 1],
    ['page=%205%20', 'page', 1],
    ['page=1e3', 'page', 1],
    ['page=007', 'page', 7],
    ['size=100000', 'pageSize', 50],
    ['tpl=2020', 'template', undefined],
    ['lang=fr', 'lang', 'zh'],
    ['type=<script>', 'types', []],
  ])('drops what it cannot read: %s', (query, key, expected) => {
    expect(parseViewState(new URLSearchParams(query))[key as 'page']).toEqual(expected);
  });

  it('takes year=Y as the single year Y and orders a reversed range', () => {
    expect(parseViewState({ year: '2020' })).toMatchObject({ yearFrom: 2020, yearTo: 2020 });
    expect(parseViewState({ from: '2022', to: '2019' })).toMatchObject({ yearFrom: 2019, yearTo: 2022 });
  });

  it('reads Next.js searchParams objects, taking the first of repeated keys', () => {
    expect(parseViewState({ region: ['110000', '120000'], lang: 'en' })).toMatchObject({
      region: '110000',
      lang: 'en',
    });
  });
});

describe('serializeViewState', () => {
  it('leaves defaults out, so the default view is the bare path', () => {
    expect(serializeViewState(parseViewState({}))).toBe('');
  });

  it.each([
    'lang=en&region=330400&year=2020&type=education&tpl=2019&metric=granted&sort=agency.asc&page=2&size=25&cols=appsNew&by=agency&synthetic=1',
    'from=2019&to=2022',
    'region=110105&sort=disclosureRate.desc',
  ])('round-trips %s', (query) => {
    expect(serializeViewState(parseViewState(new URLSearchParams(query)))).toBe(query);
  });
});

describe('hrefWith', () => {
  const state = parseViewState(new URLSearchParams('region=330000&page=4&sort=appsNew.desc'));
  it('goes back to page 1 when a filter or the sort changes', () => {
    expect(hrefWith('/compare', state, { region: '330400' })).toBe('/compare?region=330400&sort=appsNew.desc');
    expect(hrefWith('/compare', state, { sort: { id: 'granted', desc: false } })).toBe(
      '/compare?region=330000&sort=granted.asc',
    );
  });
  it('keeps the page when only the language, metric or columns change', () => {
    expect(hrefWith('/compare', state, { lang: 'en' })).toBe('/compare?lang=en&region=330000&sort=appsNew.desc&page=4');
  });
  it('returns the bare path for the default state', () => {
    expect(hrefWith('/', parseViewState({}))).toBe('/');
  });
});

describe('filtersOf', () => {
  it('turns a state into database filters, real data unless synthetic is asked for', () => {
    expect(filtersOf(parseViewState({ region: '330400', year: '2020', type: 'education' }))).toEqual({
      region: '330400',
      yearFrom: 2020,
      yearTo: 2020,
      typeIds: ['education'],
      template: undefined,
      synthetic: false,
    });
  });
});

describe('withoutFilters', () => {
  it('clears region, years, types and template, and keeps the rest of the view', () => {
    const s = parseViewState(
      new URLSearchParams(
        'lang=en&region=330400&from=2019&to=2021&type=education&tpl=2021&metric=disclosureRate&page=3&synthetic=1',
      ),
    );
    const cleared = withoutFilters(s);
    expect(filtersOf(cleared)).toEqual({
      region: undefined,
      yearFrom: undefined,
      yearTo: undefined,
      typeIds: undefined,
      template: undefined,
      synthetic: true,
    });
    expect({
      ...cleared,
      region: s.region,
      yearFrom: 2019,
      yearTo: 2021,
      types: s.types,
      template: s.template,
    }).toEqual(s);
  });
});

describe('parseYear', () => {
  it('reads four digits within the years a report can have', () => {
    expect(parseYear('2020')).toBe(2020);
    expect(parseYear('2008')).toBe(2008);
  });

  // Issue 18 (URL fuzz): `/api/chart?chartYear=Infinity` reached libSQL as Infinity and answered 500.
  it.each([null, undefined, '', 'Infinity', 'NaN', '1e3', '2e3', '02020', '20201', '2020.0', ' 2020', '1900', '9999'])(
    'drops %j',
    (v) => {
      expect(parseYear(v)).toBeUndefined();
    },
  );
});

import { describe, expect, it } from 'vitest';
import { decideSearchRecord, toPagefindAttribute } from '../../src/model/search-record.ts';

const MUBA = { name: 'Kabupaten Musi Banyuasin', shortName: 'Muba' };
const SUMSEL = { name: 'Provinsi Sumatera Selatan' };

describe('decideSearchRecord', () => {
  it('gives an article its region, province, year, schemes and zones as filters', () => {
    const record = decideSearchRecord({
      date: new Date('2024-11-14T03:30:00Z'),
      timeZone: 'WIB',
      region: MUBA,
      province: SUMSEL,
      awards: [
        { schemeName: 'Ombudsman RI', zone: 'hijau' },
        { schemeName: 'Ombudsman RI', zone: 'hijau' },
        { schemeName: 'Opini BPK', zone: '' },
      ],
    });
    expect(record.filters).toEqual([
      ['daerah', 'Kabupaten Musi Banyuasin'],
      ['provinsi', 'Provinsi Sumatera Selatan'],
      ['tahun', '2024'],
      ['skema', 'Ombudsman RI'],
      ['skema', 'Opini BPK'],
      ['zona', 'Zona Hijau'],
    ]);
    expect(record.sort).toEqual([['date', '2024-11-14T03:30:00.000Z']]);
    expect(record.meta).toEqual([
      ['date', '14 November 2024'],
      ['datetime', '2024-11-14T10:30:00+07:00'],
      ['region', 'Muba'],
    ]);
  });

  it('takes the year in the article\'s own time zone', () => {
    // 31 Dec 2024 16.30 UTC is already 1 January 2025 in Jayapura (WIT, UTC+9).
    const record = decideSearchRecord({ date: new Date('2024-12-31T16:30:00Z'), timeZone: 'WIT', awards: [] });
    expect(record.filters).toEqual([['tahun', '2025']]);
    expect(record.meta[0]).toEqual(['date', '1 Januari 2025']);
  });

  it('leaves out what an article does not have, and adds the image when it has one', () => {
    const record = decideSearchRecord({ date: new Date('2023-02-01T08:00:00Z'), timeZone: 'WIB', awards: [], image: '/portal/_astro/a.webp' });
    expect(record.filters.map(([key]) => key)).toEqual(['tahun']);
    expect(record.meta).toContainEqual(['image', '/portal/_astro/a.webp']);
    expect(record.meta.map(([key]) => key)).not.toContain('region');
  });

  it('sort keys order as text exactly as the dates order in time, across time zones', () => {
    const dates = ['2024-11-14T10:30:00+09:00', '2024-11-14T03:00:00+07:00', '2024-11-14T02:00:00Z', '2023-12-31T23:59:00+07:00'];
    const keys = dates.map((iso) => decideSearchRecord({ date: new Date(iso), timeZone: 'WIB', awards: [] }).sort[0]![1]);
    const byText = [...keys].sort();
    const byTime = [...keys].sort((a, b) => Date.parse(a) - Date.parse(b));
    expect(byText).toEqual(byTime);
  });
});

describe('toPagefindAttribute', () => {
  it('writes an inline value, which Pagefind reads to the end (commas included)', () => {
    expect(toPagefindAttribute(['daerah', 'Kota Ambon'])).toBe('daerah:Kota Ambon');
    expect(toPagefindAttribute(['skema', 'Indeks, Pelayanan\n Publik'])).toBe('skema:Indeks, Pelayanan Publik');
  });
});

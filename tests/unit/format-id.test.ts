import { describe, expect, it } from 'vitest';
import {
  formatDateTimeId,
  formatDateId,
  formatDayDateId,
  formatNumberId,
  formatSignedNumberId,
  parseDecimalId,
} from '../../src/model/format-id.ts';
import { toIsoWithOffset } from '../../src/model/datetime.ts';
import { parseContentDateTime } from '../../src/schemas/datetime.ts';

describe('formatDateTimeId', () => {
  const instant = new Date('2024-11-14T03:30:00Z'); // 10.30 WIB
  it.each([
    ['WIB', 'Kamis, 14 November 2024 10.30 WIB'],
    ['WITA', 'Kamis, 14 November 2024 11.30 WITA'],
    ['WIT', 'Kamis, 14 November 2024 12.30 WIT'],
  ] as const)('%s', (zone, expected) => {
    expect(formatDateTimeId(instant, zone)).toBe(expected);
  });

  it('crosses midnight into the next day in the later zones', () => {
    const late = new Date('2024-11-28T16:30:00Z'); // 23.30 WIB Thursday
    expect(formatDateTimeId(late, 'WIB')).toBe('Kamis, 28 November 2024 23.30 WIB');
    expect(formatDateTimeId(late, 'WIT')).toBe('Jumat, 29 November 2024 01.30 WIT');
  });

  it('names every day and month', () => {
    expect(formatDayDateId(new Date('2023-12-31T05:00:00Z'))).toBe('Minggu, 31 Desember 2023');
    expect(formatDayDateId(new Date('2024-01-01T05:00:00Z'))).toBe('Senin, 1 Januari 2024');
    expect(formatDateId(new Date('2026-01-29T05:00:00Z'))).toBe('29 Januari 2026');
  });
});

describe('formatNumberId', () => {
  it.each([
    [93.31, undefined, '93,31'],
    [93.3, 2, '93,30'],
    [17717, undefined, '17.717'],
    [1234567.891, 2, '1.234.567,89'],
    [88, 2, '88,00'],
    [0, undefined, '0'],
    [-1.59, 2, '-1,59'],
    [2.93, undefined, '2,93'],
  ])('%s (%s decimals) -> %s', (value, decimals, expected) => {
    expect(formatNumberId(value, decimals)).toBe(expected);
  });

  it('signs changes', () => {
    expect(formatSignedNumberId(1.59, 2)).toBe('+1,59');
    expect(formatSignedNumberId(-0.4, 2)).toBe('\u22120,40');
    expect(formatSignedNumberId(0, 2)).toBe('0,00');
  });

  it('rejects what is not a number', () => {
    expect(() => formatNumberId(Number.NaN)).toThrow();
  });
});

describe('parseDecimalId', () => {
  it.each([
    ['93,31', 93.31, 2],
    ['93.31', 93.31, 2],
    [93.31, 93.31, 2],
    ['88', 88, 0],
    [' 4,5 ', 4.5, 1],
  ] as const)('%s', (input, value, decimals) => {
    expect(parseDecimalId(input)).toEqual({ value, decimals });
  });
  it.each(['93,31%', '1.234,5', 'sembilan', '', null])('rejects %s', (input) => {
    expect(parseDecimalId(input)).toBeNull();
  });
});

describe('parseContentDateTime', () => {
  it('reads a date-time without offset as WIB', () => {
    expect(parseContentDateTime('2024-11-14T10:30')?.toISOString()).toBe('2024-11-14T03:30:00.000Z');
    expect(parseContentDateTime('2024-11-14 10:30')?.toISOString()).toBe('2024-11-14T03:30:00.000Z');
    expect(parseContentDateTime('2024-11-14')?.toISOString()).toBe('2024-11-13T17:00:00.000Z');
  });
  it('honours an explicit offset', () => {
    expect(parseContentDateTime('2024-11-14T10:30:00+08:00')?.toISOString()).toBe('2024-11-14T02:30:00.000Z');
    expect(parseContentDateTime('2024-11-14T10:30:00Z')?.toISOString()).toBe('2024-11-14T10:30:00.000Z');
  });
  it.each(['2024-02-30', '2024-13-01', '14-11-2024', '2024-11-14T25:00', 'kemarin', 20241114])('rejects %s', (input) => {
    expect(parseContentDateTime(input)).toBeNull();
  });
  it('writes ISO with the zone offset', () => {
    expect(toIsoWithOffset(new Date('2024-11-14T03:30:00Z'), 'WIB')).toBe('2024-11-14T10:30:00+07:00');
    expect(toIsoWithOffset(new Date('2024-11-14T03:30:00Z'), 'WIT')).toBe('2024-11-14T12:30:00+09:00');
  });
});

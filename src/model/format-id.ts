/**
 * Indonesian formatting for readers: dates with day and month names and the
 * time-zone abbreviation, numbers with a decimal comma and a thousands dot.
 * Written by hand rather than with Intl so output is identical on every Node
 * build (small-ICU builds differ) and cheap at tens of thousands of calls.
 */
import { wallClock } from './datetime.ts';
import { type TimeZoneName, DEFAULT_TIME_ZONE } from '../schemas/datetime.ts';

export const DAY_NAMES = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'] as const;
export const MONTH_NAMES = [
  'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni',
  'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember',
] as const;

const pad2 = (n: number) => String(n).padStart(2, '0');

/** `14 November 2024` */
export function formatDateId(date: Date, zone: TimeZoneName = DEFAULT_TIME_ZONE): string {
  const c = wallClock(date, zone);
  return `${c.day} ${MONTH_NAMES[c.month - 1]} ${c.year}`;
}

/** `Kamis, 14 November 2024` */
export function formatDayDateId(date: Date, zone: TimeZoneName = DEFAULT_TIME_ZONE): string {
  const c = wallClock(date, zone);
  return `${DAY_NAMES[c.weekday]}, ${formatDateId(date, zone)}`;
}

/** `10.30 WIB` (Indonesian style uses a dot between hours and minutes). */
export function formatTimeId(date: Date, zone: TimeZoneName = DEFAULT_TIME_ZONE): string {
  const c = wallClock(date, zone);
  return `${pad2(c.hour)}.${pad2(c.minute)} ${zone}`;
}

/** The dateline: `Kamis, 14 November 2024 10.30 WIB`. */
export function formatDateTimeId(date: Date, zone: TimeZoneName = DEFAULT_TIME_ZONE): string {
  return `${formatDayDateId(date, zone)} ${formatTimeId(date, zone)}`;
}

/**
 * `93,31`, `17.717`, `-1,59`. `decimals` fixes the number of decimals shown;
 * without it, the number's own decimals are kept (up to 6).
 */
export function formatNumberId(value: number, decimals?: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`formatNumberId: not a finite number: ${value}`);
  const fixed = decimals === undefined ? String(Number(value.toFixed(6))) : value.toFixed(decimals);
  const negative = fixed.startsWith('-');
  const [intPart, fracPart] = (negative ? fixed.slice(1) : fixed).split('.');
  const grouped = intPart!.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const sign = negative && Number(fixed) !== 0 ? '-' : '';
  return `${sign}${grouped}${fracPart ? `,${fracPart}` : ''}`;
}

/** A signed change for "naik/turun" displays: `+1,59`, `−0,40` (a true minus sign), `0,00`. */
export function formatSignedNumberId(value: number, decimals?: number): string {
  const text = formatNumberId(Math.abs(value), decimals);
  if (value > 0) return `+${text}`;
  if (value < 0) return `\u2212${text}`;
  return text;
}

/**
 * Parses a number as journalists write it: `93.31`, `93,31` or a number.
 * Returns null when the text is not a plain decimal number.
 */
export function parseDecimalId(value: unknown): { value: number; decimals: number } | null {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    const text = String(value);
    const decimals = text.includes('.') ? text.split('.')[1]!.length : 0;
    return { value, decimals };
  }
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (!/^-?\d+(?:[.,]\d+)?$/.test(text)) return null;
  const normal = text.replace(',', '.');
  const decimals = normal.includes('.') ? normal.split('.')[1]!.length : 0;
  return { value: Number(normal), decimals };
}

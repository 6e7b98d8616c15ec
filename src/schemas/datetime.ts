/**
 * Date-times in content: ISO 8601, with or without an offset. Without one, the
 * newsroom means Jakarta time (WIB, UTC+7), as the content contract says.
 */

/** Indonesia's three time zones. None observes daylight saving, so offsets are fixed. */
export const TIME_ZONES = {
  WIB: { offsetMinutes: 7 * 60, iana: 'Asia/Jakarta' },
  WITA: { offsetMinutes: 8 * 60, iana: 'Asia/Makassar' },
  WIT: { offsetMinutes: 9 * 60, iana: 'Asia/Jayapura' },
} as const;

export type TimeZoneName = keyof typeof TIME_ZONES;
export const TIME_ZONE_NAMES = Object.keys(TIME_ZONES) as TimeZoneName[];
export const DEFAULT_TIME_ZONE: TimeZoneName = 'WIB';

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;

/** Null for anything that is not a real calendar date-time (`2024-02-30` too). */
export function parseContentDateTime(value: unknown): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value !== 'string') return null;
  const match = ISO_DATE_TIME.exec(value.trim());
  if (!match) return null;
  const [, y, mo, d, h = '00', mi = '00', s = '00', ms = '0', offset] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  let offsetMinutes = TIME_ZONES.WIB.offsetMinutes;
  if (offset === 'Z') offsetMinutes = 0;
  else if (offset) {
    const sign = offset.startsWith('-') ? -1 : 1;
    const digits = offset.slice(1).replace(':', '');
    offsetMinutes = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
  }
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, Number(ms.padEnd(3, '0')));
  return new Date(utc - offsetMinutes * 60_000);
}

/**
 * Instants on Indonesia's wall clocks (the zones and the content date format
 * are the contract's: src/schemas/datetime.ts).
 */
import { DEFAULT_TIME_ZONE, TIME_ZONES, type TimeZoneName } from '../schemas/datetime.ts';


/** Wall-clock parts of an instant in one of Indonesia's time zones. */
export function wallClock(date: Date, zone: TimeZoneName) {
  const shifted = new Date(date.getTime() + TIME_ZONES[zone].offsetMinutes * 60_000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    weekday: shifted.getUTCDay(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
  };
}

/** ISO 8601 with the zone's own offset, e.g. `2024-11-14T10:30:00+07:00` (for JSON-LD, `<time>`). */
export function toIsoWithOffset(date: Date, zone: TimeZoneName = DEFAULT_TIME_ZONE): string {
  const c = wallClock(date, zone);
  const pad = (n: number) => String(n).padStart(2, '0');
  const off = TIME_ZONES[zone].offsetMinutes;
  const offset = `+${pad(Math.floor(off / 60))}:${pad(off % 60)}`;
  return `${c.year}-${pad(c.month)}-${pad(c.day)}T${pad(c.hour)}:${pad(c.minute)}:${pad(c.second)}${offset}`;
}

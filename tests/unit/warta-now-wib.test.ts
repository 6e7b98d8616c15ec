/**
 * `WARTA_NOW` without an offset means WIB, like every content date, whatever
 * the machine's time zone (issue 13, item 11).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { decideBuildTime } from '../../src/model/publish.ts';

const originalTz = process.env.TZ;
afterEach(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

describe('WARTA_NOW is read in WIB', () => {
  for (const tz of ['UTC', 'America/New_York', 'Asia/Tokyo']) {
    it(`without an offset, under TZ=${tz}`, () => {
      // Node re-reads TZ when it is assigned, so Date parsing follows it.
      process.env.TZ = tz;
      expect(decideBuildTime({ WARTA_NOW: '2026-11-30T10:00' }).toISOString()).toBe('2026-11-30T03:00:00.000Z');
      expect(decideBuildTime({ WARTA_NOW: '2026-11-30' }).toISOString()).toBe('2026-11-29T17:00:00.000Z');
    });
  }

  it('keeps an explicit offset', () => {
    process.env.TZ = 'America/New_York';
    expect(decideBuildTime({ WARTA_NOW: '2026-11-30T10:00:00Z' }).toISOString()).toBe('2026-11-30T10:00:00.000Z');
    expect(decideBuildTime({ WARTA_NOW: '2026-11-30T10:00:00+09:00' }).toISOString()).toBe('2026-11-30T01:00:00.000Z');
  });

  it('refuses what is not an ISO 8601 date-time', () => {
    expect(() => decideBuildTime({ WARTA_NOW: '2026-13-01T10:00' })).toThrow(/WARTA_NOW/);
    expect(() => decideBuildTime({ WARTA_NOW: 'Nov 30 2026' })).toThrow(/WARTA_NOW/);
  });
});

import { describe, expect, it } from 'vitest';
import { isPublished, decidePublishState, decideBuildTime, compareNewestFirst } from '../../src/model/publish.ts';

const now = new Date('2026-11-30T00:00:00Z');

describe('publish rule', () => {
  it.each([
    [{ date: new Date('2024-11-14T03:30:00Z') }, true, 'published'],
    [{ date: new Date('2024-11-14T03:30:00Z'), draft: false }, true, 'published'],
    [{ date: new Date('2024-11-14T03:30:00Z'), draft: true }, false, 'draft'],
    [{ date: now }, true, 'published'],
    [{ date: new Date(now.getTime() + 1) }, false, 'scheduled'],
    [{ date: new Date('2099-01-01T00:00:00Z'), draft: true }, false, 'draft'],
  ] as const)('%o -> %s', (article, published, state) => {
    expect(isPublished(article, now)).toBe(published);
    expect(decidePublishState(article, now)).toBe(state);
  });

  it('pins the build time with WARTA_NOW', () => {
    expect(decideBuildTime({ WARTA_NOW: '2025-01-01T00:00:00Z' }).toISOString()).toBe('2025-01-01T00:00:00.000Z');
    expect(decideBuildTime({}, now)).toBe(now);
    expect(() => decideBuildTime({ WARTA_NOW: 'besok' })).toThrow(/WARTA_NOW/);
  });

  it('orders newest first with slug as tie-breaker', () => {
    const a = { slug: 'a', date: new Date('2024-01-01') };
    const b = { slug: 'b', date: new Date('2024-01-01') };
    const c = { slug: 'c', date: new Date('2025-01-01') };
    expect([b, a, c].sort(compareNewestFirst).map((x) => x.slug)).toEqual(['c', 'a', 'b']);
  });
});

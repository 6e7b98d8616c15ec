import { describe, expect, it, vi } from 'vitest';
import { oncePerKey } from '../../src/utils/once-per-key.ts';

describe('oncePerKey', () => {
  it('makes a value once per key and hands every caller the same one', () => {
    const once = oncePerKey<{ slug: string }>();
    const make = vi.fn((slug: string) => ({ slug }));
    const first = once('muba', () => make('muba'));
    expect(once('muba', () => make('muba'))).toBe(first);
    expect(once('ambon', () => make('ambon'))).toEqual({ slug: 'ambon' });
    expect(make).toHaveBeenCalledTimes(2);
  });

  it('shares a promise still pending, so concurrent callers wait on one computation', async () => {
    const once = oncePerKey<Promise<number>>();
    const make = vi.fn(async () => 93.31);
    const [a, b] = await Promise.all([once('skor', make), once('skor', make)]);
    expect([a, b]).toEqual([93.31, 93.31]);
    expect(make).toHaveBeenCalledOnce();
  });
});

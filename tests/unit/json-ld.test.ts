import { describe, expect, it } from 'vitest';
import { serializeJsonLd } from '../../src/utils/json-ld.ts';

describe('serializeJsonLd', () => {
  const hostile = 'Skor "A" & <Zona> Hijau </script><script>alert(1)</script> <!-- 🎉 \u2028';

  it('cannot end the script element or open a comment', () => {
    const text = serializeJsonLd({ headline: hostile });
    expect(text).not.toMatch(/[<>&]/);
    expect(text).not.toContain('\u2028');
    expect(text).toContain('\\u003c/script\\u003e');
  });

  it('parses back to exactly the same value', () => {
    const value = { headline: hostile, nested: [{ name: '&amp; stays literal' }], n: 93.31, ok: true };
    expect(JSON.parse(serializeJsonLd(value))).toEqual(value);
  });

  it('refuses what JSON cannot hold', () => {
    expect(() => serializeJsonLd(undefined)).toThrow(TypeError);
  });
});

import { describe, expect, it } from 'vitest';
import { slugify, isSlug } from '../../src/schemas/slug.ts';

describe('slugify', () => {
  it.each([
    ['Ombudsman RI', 'ombudsman-ri'],
    ['Zona Hijau', 'zona-hijau'],
    ['Pelayanan Publik & Birokrasi', 'pelayanan-publik-dan-birokrasi'],
    ['  Kota Pagar Alam  ', 'kota-pagar-alam'],
    ['Café Sekayu', 'cafe-sekayu'],
    ['SAKIP 2024!', 'sakip-2024'],
  ])('%s -> %s', (input, expected) => {
    expect(slugify(input)).toBe(expected);
    expect(isSlug(slugify(input))).toBe(true);
  });
  it.each(['Muba', 'muba_2024', 'muba--2024', '-muba', 'muba-'])('rejects %s as a slug', (value) => {
    expect(isSlug(value)).toBe(false);
  });
});

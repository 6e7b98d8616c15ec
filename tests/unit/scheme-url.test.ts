/** A scheme's `url` is a web address: http(s) only, decided on the URL as a browser reads it. */
import { describe, expect, it } from 'vitest';
import { schemeSchema } from '../../src/schemas/scheme.ts';

const scheme = (url: unknown) => ({
  name: 'Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik',
  shortName: 'Ombudsman RI',
  issuer: 'Ombudsman Republik Indonesia',
  description: 'Penilaian kepatuhan standar pelayanan publik.',
  url,
  editions: [{ from: 2005, kind: 'category', grades: [{ grade: 'WTP', label: 'Wajar Tanpa Pengecualian', colour: '#14632e' }] }],
});

const urlIssues = (url: unknown) => {
  const result = schemeSchema.safeParse(scheme(url));
  return result.success ? [] : result.error.issues.filter((issue) => issue.path[0] === 'url').map((issue) => issue.message);
};

describe('scheme url', () => {
  it.each(['https://ombudsman.go.id/', 'http://contoh.id/penilaian?tahun=2024', ' https://ombudsman.go.id/ '])('accepts %j', (url) => {
    expect(urlIssues(url)).toEqual([]);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    '  javascript:alert(1)',
    'java&#9;script:alert(1)',
    '&#106;avascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'ftp://contoh.id/',
    '/relatif/',
    'ombudsman.go.id',
  ])('refuses %j with an Indonesian expectation', (url) => {
    expect(urlIssues(url)).toEqual(['alamat web lengkap http:// atau https://, mis. "https://ombudsman.go.id/" (skema lain seperti javascript: atau data: ditolak)']);
  });
});

import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSitemapFacts } from '../../src/integrations/sitemap.ts';

const page = (modified: string, robots = 'index') =>
  `<!doctype html><html><head><meta name="robots" content="${robots}"><meta property="article:modified_time" content="${modified}"></head><body>isi</body></html>`;

describe('sitemap facts kept between builds', () => {
  let dir: string;
  let outDir: string;
  let factsFile: string;
  const settings = () => ({ site: 'https://warta.example', base: '/', outDir, factsFile });
  const url = 'https://warta.example/berita/muba/';
  const write = (html: string) => {
    mkdirSync(path.join(outDir, 'berita/muba'), { recursive: true });
    writeFileSync(path.join(outDir, 'berita/muba/index.html'), html);
  };

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'sitemap-facts-'));
    outDir = path.join(dir, 'dist');
    factsFile = path.join(dir, 'facts.json');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a head once while its file keeps its size and mtime', () => {
    write(page('2024-11-28T09:30:00+07:00'));
    const first = createSitemapFacts(settings());
    expect(first.pageFacts(url)).toEqual({ include: true, lastmod: '2024-11-28T09:30:00+07:00', size: expect.any(Number), mtimeMs: expect.any(Number) });
    first.save();
    // Same size and mtime, different bytes: the kept facts stand (what a reused page looks like).
    const { mtimeMs } = statSync(path.join(outDir, 'berita/muba/index.html'));
    write(page('2024-11-29T09:30:00+07:00'));
    utimesSync(path.join(outDir, 'berita/muba/index.html'), mtimeMs / 1000, mtimeMs / 1000);
    expect(createSitemapFacts(settings()).pageFacts(url).lastmod).toBe('2024-11-28T09:30:00+07:00');
  });

  it('reads a head again when its page was written again, even at the same size', () => {
    write(page('2024-11-28T09:30:00+07:00', 'follows'));
    const first = createSitemapFacts(settings());
    first.pageFacts(url);
    first.save();
    write(page('2024-11-28T09:30:00+07:00', 'noindex'));
    utimesSync(path.join(outDir, 'berita/muba/index.html'), new Date(), new Date(Date.now() + 5000));
    expect(createSitemapFacts(settings()).pageFacts(url).include).toBe(false);
  });

  it('leaves out a URL with no page, and keeps nothing for it', () => {
    const facts = createSitemapFacts(settings());
    expect(facts.pageFacts('https://warta.example/hilang/')).toEqual({ include: false, lastmod: undefined });
    facts.save();
    expect(JSON.parse(readFileSync(factsFile, 'utf8'))).toEqual({});
  });
});

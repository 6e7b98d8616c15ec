import { describe, expect, it, vi } from 'vitest';
import { decideArticleAwardSources } from '../../../src/model/awards/sources.ts';

describe('decideArticleAwardSources', () => {
  const article = {
    slug: 'muba-2024',
    file: 'content/articles/2024/muba-2024.mdx',
    region: 'musi-banyuasin',
    awards: [{ scheme: 'ombudsman', year: 2024, score: 93.31 }, { scheme: 'ombudsman', year: 2023, region: 'kota-palembang', score: 80 }],
  };

  it('defaults each claim to the article region and names where it was written', () => {
    const sources = decideArticleAwardSources([{ ...article, lineOf: (index) => 10 + index }]);
    expect(sources.map((source) => [source.region, source.provenance])).toEqual([
      ['musi-banyuasin', { kind: 'article', file: article.file, slug: article.slug, field: 'awards[0]', line: 10 }],
      ['kota-palembang', { kind: 'article', file: article.file, slug: article.slug, field: 'awards[1]', line: 11 }],
    ]);
  });

  it('finds a line only when a problem reads it, and once', () => {
    const lineOf = vi.fn((index: number) => 10 + index);
    const [source] = decideArticleAwardSources([{ ...article, lineOf }]);
    expect(lineOf).not.toHaveBeenCalled();
    expect(source!.provenance.line).toBe(10);
    expect(source!.provenance.line).toBe(10);
    expect(lineOf).toHaveBeenCalledOnce();
  });
});

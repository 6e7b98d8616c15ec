import { describe, expect, it } from 'vitest';
import {
  RELATED_AGE,
  RELATED_WEIGHTS,
  ageFactor,
  buildRelatedIndex,
  decideRelated,
  explainRelated,
  extractTerms,
  stripIndonesianSuffix,
  type RelatedCandidate,
} from '../../src/model/related.ts';
import { STOPWORDS_ID } from '../../src/model/stopwords-id.ts';

/** Related slugs for every article, keyed by slug in slug order (what the site model asks article by article). */
function decideAllRelated(articles: readonly RelatedCandidate[], limit: number): Map<string, string[]> {
  const index = buildRelatedIndex(articles);
  return new Map([...index.slugs].sort().map((slug) => [slug, decideRelated(index, slug, limit)]));
}

const DAY = 86_400_000;
const BASE = Date.parse('2024-11-14T03:00:00Z');
const at = (days: number) => new Date(BASE + days * DAY);

// Neutral text: no significant term in common with anything else.
let unique = 0;
function neutral(): string {
  unique++;
  return `Berita q${unique}z`;
}

function article(slug: string, fields: Partial<RelatedCandidate> = {}): RelatedCandidate {
  return {
    slug,
    title: neutral(),
    description: neutral(),
    date: at(0),
    tags: [],
    awards: [],
    related: [],
    ...fields,
  };
}

describe('extractTerms and stop words', () => {
  it('drops Indonesian stop words, news filler, numbers and short words', () => {
    const text =
      'Yang dan di tahun ini dengan untuk dari pada dalam akan telah juga oleh sebagai para kata ujar ' +
      'Pemerintah Kabupaten dan Kota, ujarnya kepada wartawan pada 2024 di RI';
    expect(extractTerms(text)).toEqual(['wartawan']);
  });

  it('keeps topic words, lower-cases, removes diacritics and repeats', () => {
    expect(extractTerms('Pelayanan Publik: pelayanan publik ekonomi kréatif')).toEqual(['pelayanan', 'publik', 'ekonomi', 'kreatif']);
  });

  it('meets a word and its -nya form', () => {
    expect(extractTerms('kinerjanya')).toEqual(extractTerms('Kinerja'));
  });

  it('has the common words the brief names', () => {
    for (const word of ['yang', 'dan', 'di', 'tahun', 'ini', 'dengan', 'untuk', 'dari', 'pada', 'dalam', 'akan', 'telah', 'juga', 'oleh', 'sebagai', 'para', 'kata', 'ujar', 'kabupaten', 'kota', 'pemerintah']) {
      expect(STOPWORDS_ID.has(word), word).toBe(true);
    }
    for (const word of ['pelayanan', 'publik', 'ombudsman', 'banjir', 'opini', 'zona']) {
      expect(STOPWORDS_ID.has(word), word).toBe(false);
    }
  });

  it.each([
    ['kinerjanya', 'kinerja'],
    ['daerahnya', 'daerah'],
    ['pemerintahnya', 'pemerintah'],
    ['kinerjanyalah', 'kinerja'],
    ['merekapun', 'mereka'],
    ['benarkah', 'benar'],
    ['sekolah', 'sekolah'],
    ['sekolahnya', 'sekolah'],
    ['masalah', 'masalah'],
    ['jumlah', 'jumlah'],
    ['langkah', 'langkah'],
    ['menghimpun', 'menghimpun'],
    ['bertanya', 'bertanya'],
    ['bertanyalah', 'bertanya'],
    ['punya', 'punya'],
    ['apakah', 'apakah'],
    // -kan, -an, -i are deliberately left alone
    ['jalan', 'jalan'],
    ['pelayanan', 'pelayanan'],
    ['bupati', 'bupati'],
    ['meningkatkan', 'meningkatkan'],
  ])('strips %s -> %s', (word, stem) => {
    expect(stripIndonesianSuffix(word)).toBe(stem);
  });
});

describe('scoring: each signal matters', () => {
  const subject = article('subject', {
    title: 'Inovasi irigasi sawah tadah hujan',
    region: 'musi-banyuasin',
    province: 'sumatera-selatan',
    tags: ['Pelayanan Publik', 'Pertanian', 'Irigasi', 'Inovasi'],
    awards: [{ scheme: 'ombudsman', year: 2024 }],
  });
  const cases: [string, Partial<RelatedCandidate>, number][] = [
    ['nothing', {}, 0],
    ['region', { region: 'musi-banyuasin', province: 'sumatera-selatan' }, RELATED_WEIGHTS.region.weight],
    ['province', { region: 'banyuasin', province: 'sumatera-selatan' }, RELATED_WEIGHTS.province.weight],
    ['scheme', { awards: [{ scheme: 'ombudsman', year: 2019 }] }, RELATED_WEIGHTS.scheme.weight],
    ['scheme-year', { awards: [{ scheme: 'ombudsman', year: 2024 }] }, RELATED_WEIGHTS.scheme.weight + RELATED_WEIGHTS.schemeYear.weight],
    ['tag', { tags: ['pelayanan-publik'] }, RELATED_WEIGHTS.tag.weight],
    ['tags-capped', { tags: ['Pelayanan Publik', 'pertanian', 'irigasi', 'inovasi'] }, RELATED_WEIGHTS.tag.weight * RELATED_WEIGHTS.tag.maxMatches],
    ['two-terms', { title: 'Sawah baru dan irigasi', description: 'Petani senang.' }, 2 * RELATED_WEIGHTS.term.weight],
    ['one-term', { title: 'Harga gabah sawah', description: 'Petani senang.' }, RELATED_WEIGHTS.term.weight],
    ['stop-words-only', { title: 'Yang dan di tahun ini kabupaten', description: 'Dengan untuk dari pada dalam, ujarnya.' }, 0],
  ];
  const index = buildRelatedIndex([subject, ...cases.map(([slug, fields]) => article(slug, fields))]);

  it.each(cases)('%s', (slug, _fields, raw) => {
    const why = explainRelated(index, 'subject', slug);
    expect(why.raw).toBe(raw);
    expect(why.passes).toBe(raw >= RELATED_AGE.minScore);
  });

  it('ranks by score and leaves out what does not pass', () => {
    expect(decideRelated(index, 'subject', 20)).toEqual([
      'tags-capped', // 6
      'scheme-year', // 5.5
      'region', // 5
      'scheme', // 2.5
      'province', // 2 (same date as tag and two-terms: slug order)
      'tag', // 2
      'two-terms', // 2
    ]);
  });

  it('does not add province on top of a region match', () => {
    const why = explainRelated(index, 'subject', 'region');
    expect(why.matches.region).toBe(1);
    expect(why.matches.province).toBe(0);
  });
});

describe('age window', () => {
  it('decays by distance in days, down to a floor', () => {
    expect(ageFactor(0)).toBe(1);
    expect(ageFactor(RELATED_AGE.halfDays)).toBe(0.5);
    expect(ageFactor(-RELATED_AGE.halfDays)).toBe(0.5);
    expect(ageFactor(365 * 10)).toBe(RELATED_AGE.floor);
  });

  const region = { region: 'musi-banyuasin', province: 'sumatera-selatan' };
  const subject = article('story-2025', { ...region, date: at(0), tags: ['x'], awards: [{ scheme: 'ombudsman', year: 2025 }] });
  const index = buildRelatedIndex([
    subject,
    article('region-near', { ...region, date: at(-30) }),
    article('region-400d', { ...region, date: at(-400) }),
    article('region-1000d', { ...region, date: at(-1000) }),
    article('region-tag-6y', { ...region, date: at(-6 * 365), tags: ['x'] }),
    article('region-scheme-6y', { ...region, date: at(-6 * 365), awards: [{ scheme: 'ombudsman', year: 2019 }] }),
    article('tag-200d', { date: at(-200), tags: ['x'] }),
  ]);

  it('keeps near stories, drops old ones without a strong reason, keeps old strong ones', () => {
    expect(decideRelated(index, 'story-2025', 10)).toEqual(['region-near', 'region-400d', 'region-scheme-6y']);
  });

  it('a nearer story beats an older one with the same signals', () => {
    expect(explainRelated(index, 'story-2025', 'region-near').score).toBeGreaterThan(explainRelated(index, 'story-2025', 'region-400d').score);
  });
});

describe('tie-breaking and determinism', () => {
  it('equal scores: closer date first, then the newer, then the slug', () => {
    const tag = { tags: ['banjir'], region: 'x' };
    const index = buildRelatedIndex([
      article('subject', { ...tag, date: at(0) }),
      article('b-before-10', { ...tag, date: at(-10) }),
      article('a-after-10', { ...tag, date: at(10) }),
      article('c-after-20', { ...tag, date: at(20) }),
      article('e-same-day', { ...tag, date: at(0) }),
      article('d-same-day', { ...tag, date: at(0) }),
    ]);
    expect(decideRelated(index, 'subject', 10)).toEqual(['d-same-day', 'e-same-day', 'a-after-10', 'b-before-10', 'c-after-20']);
  });

  it('gives the same links whatever the input order', () => {
    const corpus = syntheticCorpus(300, 7);
    const expected = decideAllRelated(corpus, 8);
    let seed = 99;
    for (let round = 0; round < 5; round++) {
      const shuffled = [...corpus];
      for (let i = shuffled.length - 1; i > 0; i--) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        const j = seed % (i + 1);
        [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
      }
      expect(decideAllRelated(shuffled, 8)).toEqual(expected);
    }
    // Map order is slug order, and the corpus gives real links.
    expect([...expected.keys()]).toEqual([...expected.keys()].sort());
    expect([...expected.values()].filter((links) => links.length === 8).length).toBeGreaterThan(250);
  });

  it('the index gives exactly what scoring every pair would give', () => {
    const corpus = syntheticCorpus(250, 3);
    const index = buildRelatedIndex(corpus, { maxPostings: 1_000_000 });
    const time = (slug: string) => corpus.find((a) => a.slug === slug)!.date.getTime();
    for (const slug of index.slugs) {
      const brute = index.slugs
        .filter((other) => other !== slug)
        .map((other) => ({ other, why: explainRelated(index, slug, other) }))
        .filter(({ why }) => why.passes)
        .sort((x, y) =>
          y.why.score - x.why.score ||
          x.why.days - y.why.days ||
          time(y.other) - time(x.other) ||
          (x.other < y.other ? -1 : 1),
        )
        .slice(0, 6)
        .map(({ other }) => other);
      expect(decideRelated(index, slug, 6), slug).toEqual(brute);
    }
  });

  it('a very common value is walked only for the articles nearest in time', () => {
    const articles = Array.from({ length: 20 }, (_, i) => article(`day-${String(i).padStart(2, '0')}`, { date: at(i), tags: ['everywhere'] }));
    const index = buildRelatedIndex(articles, { maxPostings: 4 });
    // day-10: the window holds 10 (self), 11, 9, 12 -> self skipped; the age factor orders the rest.
    expect(decideRelated(index, 'day-10', 10)).toEqual(['day-11', 'day-09', 'day-12']);
    // Without the cap everything within reach is scored.
    expect(decideRelated(buildRelatedIndex(articles), 'day-10', 4)).toEqual(['day-11', 'day-09', 'day-12', 'day-08']);
  });

  it('treats a term on a large share of the corpus as a stop word', () => {
    const articles = Array.from({ length: 10 }, (_, i) => article(`a${i}`, { title: `Penghargaan sawah${i}k`, description: `Inovasi kelurahan${i}z` }));
    articles.push(article('z1', { title: 'Penghargaan lumbung padi', description: 'Inovasi' }));
    const index = buildRelatedIndex(articles, { commonTermShare: 0.5, commonTermMinCount: 0 });
    expect(explainRelated(index, 'a1', 'a2').matches.term).toBe(0);
    const loose = buildRelatedIndex(articles, { commonTermShare: 1 });
    expect(explainRelated(loose, 'a1', 'a2').matches.term).toBe(2);
  });
});

describe('hand-picked, self, unpublished, limit', () => {
  const region = { region: 'musi-banyuasin', province: 'sumatera-selatan' };
  const now = at(5);
  const articles = [
    article('subject', { ...region, related: ['hand-b', 'no-such-article', 'subject', 'draft-one', 'future-one', 'hand-a', 'hand-b'] }),
    article('hand-a', { date: at(-3000) }),
    article('hand-b', { date: at(-2000) }),
    article('same-region-1', { ...region, date: at(-1) }),
    article('same-region-2', { ...region, date: at(-2) }),
    article('same-region-3', { ...region, date: at(-3) }),
    article('draft-one', { ...region, draft: true }),
    article('future-one', { ...region, date: at(30) }),
  ];

  it('puts hand-picked first, in their order, skipping unknown, self, unpublished and repeats', () => {
    const index = buildRelatedIndex(articles, { now });
    expect(decideRelated(index, 'subject', 10)).toEqual(['hand-b', 'hand-a', 'same-region-1', 'same-region-2', 'same-region-3']);
  });

  it('never returns the article itself', () => {
    const index = buildRelatedIndex(articles, { now });
    for (const slug of index.slugs) expect(decideRelated(index, slug, 10)).not.toContain(slug);
  });

  it('never returns an article outside the published list', () => {
    const index = buildRelatedIndex(articles, { now });
    expect(index.slugs).not.toContain('draft-one');
    expect(index.slugs).not.toContain('future-one');
    for (const slug of index.slugs) {
      const links = decideRelated(index, slug, 10);
      expect(links).not.toContain('draft-one');
      expect(links).not.toContain('future-one');
    }
    expect(() => decideRelated(index, 'draft-one', 3)).toThrow(/not a published article/);
    // A list the caller already filtered with isPublished works the same way.
    const prefiltered = buildRelatedIndex(articles.filter((a) => a.slug !== 'draft-one' && a.slug !== 'future-one'));
    expect(decideRelated(prefiltered, 'subject', 10)).toEqual(decideRelated(index, 'subject', 10));
    // Without `now`, drafts still stay out.
    expect(buildRelatedIndex(articles).slugs).not.toContain('draft-one');
  });

  it('respects the limit, hand-picked included', () => {
    const index = buildRelatedIndex(articles, { now });
    expect(decideRelated(index, 'subject', 0)).toEqual([]);
    expect(decideRelated(index, 'subject', 1)).toEqual(['hand-b']);
    expect(decideRelated(index, 'subject', 3)).toEqual(['hand-b', 'hand-a', 'same-region-1']);
    expect(decideRelated(index, 'same-region-1', 2)).toHaveLength(2);
    expect(() => decideRelated(index, 'subject', -1)).toThrow();
  });

  it('leaves out excluded slugs and fills in with the next best', () => {
    const index = buildRelatedIndex(articles, { now });
    expect(decideRelated(index, 'subject', 3, new Set(['hand-a', 'same-region-1']))).toEqual(['hand-b', 'same-region-2', 'same-region-3']);
  });

  it('scores a draft in preview against the published articles', () => {
    const index = buildRelatedIndex(articles, { now });
    const draft = articles.find((a) => a.slug === 'draft-one')!;
    expect(decideRelated(index, draft, 3)).toEqual(['subject', 'same-region-1', 'same-region-2']);
  });

  it('rejects a slug given twice', () => {
    expect(() => buildRelatedIndex([article('twice'), article('twice')])).toThrow(/twice/);
  });
});

/** A small deterministic corpus with overlapping signals. */
function syntheticCorpus(n: number, seed: number): RelatedCandidate[] {
  let state = seed;
  const rand = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const words = ['sawah', 'irigasi', 'banjir', 'jalan', 'sekolah', 'puskesmas', 'inovasi', 'digital', 'pasar', 'nelayan', 'kopi', 'karet', 'sawit', 'stunting', 'vaksin'];
  const regions = ['muba', 'banyuasin', 'oku', 'palembang', 'lahat', 'bogor', 'bekasi'];
  return Array.from({ length: n }, (_, i) => {
    const region = pick(regions);
    return article(`art-${i}`, {
      title: `${pick(words)} ${pick(words)} ${pick(words)}`,
      description: `${pick(words)} ${pick(words)}`,
      // Whole days so many dates tie and the tie-breakers are exercised.
      date: at(-Math.floor(rand() * 400)),
      region,
      province: ['bogor', 'bekasi'].includes(region) ? 'jawa-barat' : 'sumatera-selatan',
      tags: [pick(words), pick(words)],
      awards: rand() < 0.3 ? [{ scheme: pick(['ombudsman', 'bpk-opini']), year: 2023 + Math.floor(rand() * 2) }] : [],
    });
  });
}

/**
 * The content check: every rule of the content contract over the whole tree,
 * reporting every problem at once. `npm run check:content` and the build's
 * article loader both call this, so the two can never disagree.
 */
import path from 'node:path';
import { articleSchema, type ArticleData } from '../schemas/article.ts';
import { regionFileSchema, type RegionData } from '../schemas/region.ts';
import { describeUnknownRegion, mergeRegionFiles, suggestionText } from '../model/region-registry.ts';
import { authorSchema, type AuthorData } from '../schemas/author.ts';
import { isSlug } from '../schemas/slug.ts';
import { isPublished } from '../model/publish.ts';
import { describeValue, sortProblems, type ContentProblem } from '../model/problem.ts';
import type { BodyCheckInfo } from '../mdx/compile-article.ts';
import { toIsoWithOffset } from '../model/datetime.ts';
import { findPlaceholders } from './new-article.ts';
import { zodProblems } from './zod-problems.ts';
import { createImageChecker } from './image-file.ts';
import { describeNonLocalImage } from '../model/raster-image.ts';
import { schemeSchema, type SchemeData } from '../schemas/scheme.ts';
import { awardKey, computeAwards, type AwardSource, type ComputedAward } from '../model/awards/engine.ts';
import { parseResultsTable } from '../model/awards/results-table.ts';
import { decideArticleAwardSources } from '../model/awards/sources.ts';
import { findFieldLine, type ContentTree, type DataFile } from './read-tree.ts';

export interface CheckedArticle {
  slug: string;
  file: string;
  data: ArticleData;
}

export interface CheckResult {
  problems: ContentProblem[];
  articles: Map<string, CheckedArticle>;
  regions: Map<string, RegionData>;
  authors: Map<string, AuthorData>;
  schemes: Map<string, SchemeData>;
  /** Awards computed from every article (drafts included) and results table. */
  awards: ComputedAward[];
}

const ARTICLE_KEYS = Object.keys(articleSchema.shape);

function checkIdFileName(file: DataFile | { file: string; id: string }, problems: ContentProblem[]): boolean {
  if (isSlug(file.id)) return true;
  problems.push({
    file: file.file,
    field: 'nama berkas',
    value: JSON.stringify(file.id),
    expected: `huruf kecil a-z, angka 0-9 dan tanda hubung, mis. "musi-banyuasin${path.extname(file.file) || '.yaml'}"`,
  });
  return false;
}

function checkDataFiles<T>(
  files: DataFile[],
  schema: { safeParse(data: unknown): { success: true; data: T } | { success: false; error: import('zod').ZodError } },
  problems: ContentProblem[],
): Map<string, T> {
  const out = new Map<string, T>();
  for (const file of files) {
    if (file.data === undefined) continue; // YAML syntax problem already reported
    if (!checkIdFileName(file, problems)) continue;
    const parsed = schema.safeParse(file.data);
    if (!parsed.success) {
      problems.push(...zodProblems(parsed.error, { file: file.file, data: file.data, yaml: file.yaml }));
      continue;
    }
    out.set(file.id, parsed.data);
  }
  return out;
}

/**
 * The region files laid over the idn-area-data regions
 * (src/model/region-registry.ts), the same merge as the build's regions
 * collection; then every regency's and city's province must be a province.
 */
function checkRegions(tree: ContentTree, problems: ContentProblem[]): Map<string, RegionData> {
  const files = checkDataFiles(tree.regions, regionFileSchema, problems);
  const regionFile = new Map(tree.regions.map((file) => [file.id, file]));
  const merged = mergeRegionFiles(tree.packageRegions, [...files].map(([id, data]) => ({ id, file: regionFile.get(id)!.file, data })));
  for (const problem of merged.problems) {
    const file = regionFile.get(problem.id)!;
    problems.push({
      file: file.file,
      line: problem.field === 'nama berkas' ? undefined : findFieldLine(file.yaml, [problem.field]),
      field: problem.field,
      value: describeValue(problem.value),
      expected: problem.expected,
    });
  }
  const regions = merged.regions;
  for (const [id, region] of regions) {
    if (!region.province) continue;
    const province = regions.get(region.province);
    if (!province || province.type !== 'provinsi') {
      const file = regionFile.get(id);
      if (!file) continue; // the package's own regions are consistent (tested)
      problems.push({
        file: file.file,
        line: findFieldLine(file.yaml, ['province']),
        field: 'province',
        value: describeValue(region.province),
        expected: province
          ? `id sebuah provinsi (type: provinsi); "${region.province}" bertipe ${province.type}`
          : `id provinsi yang dikenal, mis. "sumatera-selatan"${suggestionText(region.province, [...regions].filter(([, r]) => r.type === 'provinsi').map(([key]) => key))}`,
      });
    }
  }
  return regions;
}

export interface CheckOptions {
  /** Build time for the publish rule. */
  now: Date;
  /** Body analysis per article file (from the MDX compiler); bodies absent here are not checked. */
  bodies: Map<string, BodyCheckInfo>;
}

/** Checks the whole tree; `problems` is empty when the content may be built. */
export function checkContentTree(tree: ContentTree, options: CheckOptions): CheckResult {
  const problems: ContentProblem[] = [...tree.problems];
  const regions = checkRegions(tree, problems);
  const authors = checkDataFiles(tree.authors, authorSchema, problems);
  const schemes = checkDataFiles(tree.schemes, schemeSchema, problems);
  const articles = checkArticles(tree, problems);
  const context = articleContext(tree, options, articles, regions, authors);
  for (const article of articles.values()) {
    problems.push(...checkReferences(article, context), ...checkBodies(article, context));
  }
  const { awards, sources } = checkAwards(context, schemes, problems);
  problems.push(...checkLencana(articles, options, regions, schemes, awards, sources));
  problems.push(...checkPlaceholders(tree, articles));
  return { problems: sortProblems(problems), articles, regions, authors, schemes, awards };
}

/** Articles whose slug is unique and whose front matter meets the schema; the rest are problems. */
function checkArticles(tree: ContentTree, problems: ContentProblem[]): Map<string, CheckedArticle> {
  const articles = new Map<string, CheckedArticle>();
  const bySlug = new Map<string, string[]>();
  for (const source of tree.articles) {
    bySlug.set(source.slug, [...(bySlug.get(source.slug) ?? []), source.file]);
  }
  for (const [slug, files] of bySlug) {
    if (files.length > 1) {
      for (const file of files) {
        problems.push({
          file,
          field: 'slug',
          value: JSON.stringify(slug),
          expected: `slug unik; nama berkas yang sama dipakai di: ${files.join(', ')}`,
          related: files.filter((other) => other !== file),
        });
      }
    }
  }

  for (const source of tree.articles) {
    if (!checkIdFileName({ file: source.file, id: source.slug }, problems)) continue;
    const parsed = articleSchema.safeParse(source.data);
    if (!parsed.success) {
      problems.push(
        ...zodProblems(parsed.error, {
          file: source.file,
          data: source.data,
          yaml: source.frontmatter,
          lineOffset: 1,
          knownKeys: ARTICLE_KEYS,
        }),
      );
      continue;
    }
    if ((bySlug.get(source.slug)?.length ?? 0) > 1) continue;
    articles.set(source.slug, { slug: source.slug, file: source.file, data: parsed.data });
  }
  return articles;
}

/** What the per-article checks share. */
interface ArticleContext {
  tree: ContentTree;
  options: CheckOptions;
  articles: Map<string, CheckedArticle>;
  regions: Map<string, RegionData>;
  authors: Map<string, AuthorData>;
  /** Slugs of every article file, valid or not. */
  sourceSlugs: Set<string>;
  /** The file line of a front-matter field. */
  lineOf(slug: string, fieldPath: (string | number)[]): number | undefined;
  checkImage: ReturnType<typeof createImageChecker>;
}

function articleContext(
  tree: ContentTree,
  options: CheckOptions,
  articles: Map<string, CheckedArticle>,
  regions: Map<string, RegionData>,
  authors: Map<string, AuthorData>,
): ArticleContext {
  const sourceBySlug = new Map(tree.articles.map((source) => [source.slug, source]));
  const lineOf = (slug: string, fieldPath: (string | number)[]) => {
    const line = findFieldLine(sourceBySlug.get(slug)!.frontmatter, fieldPath);
    return line ? line + 1 : undefined;
  };
  return { tree, options, articles, regions, authors, sourceSlugs: new Set(sourceBySlug.keys()), lineOf, checkImage: createImageChecker(tree.contentDir) };
}

/** Author, editor, region, lead image and `related`: each must name something that exists. */
function checkReferences(article: CheckedArticle, context: ArticleContext): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const { data, file, slug } = article;
  const { authors, regions, lineOf } = context;
  const someId = (map: Map<string, unknown>) => [...map.keys()].slice(0, 3).map((id) => `"${id}"`).join(', ');
  for (const field of ['author', 'editor'] as const) {
    const value = data[field];
    if (value === undefined || authors.has(value)) continue;
    problems.push({
      file,
      line: lineOf(slug, [field]),
      field,
      value: describeValue(value),
      expected: `id yang ada di content/authors/${authors.size ? ` (mis. ${someId(authors)})` : ''}`,
    });
  }
  if (data.region !== undefined && !regions.has(data.region)) {
    problems.push({ file, line: lineOf(slug, ['region']), field: 'region', value: describeValue(data.region), expected: describeUnknownRegion(data.region, regions) });
  }
  // Award regions are checked by the award engine with the rest of the award.
  if (data.image) {
    const expected = context.checkImage(path.resolve(context.tree.root, file), data.image);
    if (expected) problems.push({ file, line: lineOf(slug, ['image']), field: 'image', value: describeValue(data.image), expected });
  }
  data.related.forEach((target, index) => problems.push(...checkLinkTarget(article, context, target, `related[${index}]`, lineOf(slug, ['related', index]))));
  return problems;
}

/** A linked article (`related`, `<BacaJuga>`) must exist, be another article, and be published when the linking one is. */
function checkLinkTarget(article: CheckedArticle, context: ArticleContext, target: string, field: string, line: number | undefined): ContentProblem[] {
  const { file, slug, data } = article;
  const { now } = context.options;
  const targetArticle = context.articles.get(target);
  if (!targetArticle && !context.sourceSlugs.has(target)) {
    return [{ file, line, field, value: describeValue(target), expected: 'slug artikel yang ada (nama berkas tanpa .mdx)' }];
  }
  if (target === slug) {
    return [{ file, line, field, value: describeValue(target), expected: 'slug artikel lain, bukan artikel ini sendiri' }];
  }
  if (isPublished(data, now) && targetArticle && !isPublished(targetArticle.data, now)) {
    return [{
      file,
      line,
      field,
      value: describeValue(target),
      expected: `artikel yang sudah terbit; "${target}" masih ${targetArticle.data.draft ? 'draf' : 'terjadwal'} (${targetArticle.file})`,
      related: [targetArticle.file],
    }];
  }
  return [];
}

/** What the body analysis found: `<BacaJuga>` targets, `<Catatan>` dates, and images. */
function checkBodies(article: CheckedArticle, context: ArticleContext): ContentProblem[] {
  const body = context.options.bodies.get(article.file);
  if (!body) return [];
  const problems: ContentProblem[] = [];
  const { file, data } = article;
  body.bacaJuga.forEach((target, index) => problems.push(...checkLinkTarget(article, context, target, '<BacaJuga> slug', body.bacaJugaLines?.[index] || undefined)));
  for (const note of body.notes ?? []) {
    const noteDate = new Date(note.date);
    if (noteDate.getTime() < data.date.getTime()) {
      problems.push({
        file,
        line: note.line || undefined,
        field: '<Catatan> tanggal',
        value: JSON.stringify(toIsoWithOffset(noteDate)),
        expected: `tidak sebelum date artikel (${toIsoWithOffset(data.date)})`,
      });
    }
  }
  const articlePath = path.resolve(context.tree.root, file);
  for (const [index, src] of body.images.entries()) {
    if (describeNonLocalImage(src)) continue; // reported by the compiler
    const expected = context.checkImage(articlePath, src);
    if (expected) problems.push({ file, line: body.imageLines?.[index] || undefined, field: 'isi gambar', value: describeValue(src), expected });
  }
  return problems;
}

/** Every award claim in every article and results table must agree with the schemes and with each other. */
function checkAwards(
  context: ArticleContext,
  schemes: Map<string, SchemeData>,
  problems: ContentProblem[],
): { awards: ComputedAward[]; sources: AwardSource[] } {
  const tableSources: AwardSource[] = [];
  for (const table of context.tree.tables) {
    const parsed = parseResultsTable(table.text, table.file, table.scheme, table.year);
    problems.push(...parsed.problems);
    tableSources.push(...parsed.sources);
  }
  const articleSources = decideArticleAwardSources(
    [...context.articles.values()].map((article) => ({
      slug: article.slug,
      file: article.file,
      region: article.data.region,
      awards: article.data.awards,
      lineOf: (index: number) => context.lineOf(article.slug, ['awards', index]),
    })),
  );
  const sources = [...articleSources, ...tableSources];
  const { regions } = context;
  const computed = computeAwards(schemes, sources, { regions: new Set(regions.keys()), describeUnknownRegion: (id) => describeUnknownRegion(id, regions) });
  problems.push(...computed.problems);
  return { awards: computed.awards, sources };
}

/**
 * `<Lencana>` badges show a computed award: it must exist for the scheme,
 * year and region (the article's region by default). A published article's
 * badge must come from a results table or a published article, as the page's
 * awards do; a draft may show one from another draft (preview only).
 */
function checkLencana(
  articles: Map<string, CheckedArticle>,
  options: CheckOptions,
  regions: Map<string, RegionData>,
  schemes: Map<string, SchemeData>,
  awards: ComputedAward[],
  sources: AwardSource[],
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const byKey = new Map(awards.map((award) => [awardKey(award.scheme, award.year, award.region), award]));
  // A claimed result the engine rejected is reported there; do not report it twice.
  const claimed = new Set(sources.map((source) => awardKey(source.scheme, source.year, source.region)));
  for (const article of articles.values()) {
    const refs = options.bodies.get(article.file)?.lencana ?? [];
    for (const ref of refs) {
      const line = ref.line || undefined;
      const region = ref.region ?? article.data.region;
      const at = { file: article.file, line };
      if (!region) {
        problems.push({ ...at, field: '<Lencana> daerah', value: '(kosong)', expected: 'isi daerah="..." atau region artikel di front matter' });
        continue;
      }
      if (!regions.has(region)) {
        problems.push({ ...at, field: '<Lencana> daerah', value: describeValue(region), expected: describeUnknownRegion(region, regions) });
        continue;
      }
      if (!schemes.has(ref.scheme)) {
        problems.push({ ...at, field: '<Lencana> skema', value: describeValue(ref.scheme), expected: `id skema di content/schemes/: ${[...schemes.keys()].sort().join(', ')}` });
        continue;
      }
      const award = byKey.get(awardKey(ref.scheme, ref.year, region));
      const what = `${ref.scheme} ${ref.year} ${region}`;
      const where = `tulis hasilnya di awards: sebuah artikel (scheme: ${ref.scheme}, year: ${ref.year}, region: ${region}) atau di content/results/${ref.scheme}/${ref.year}.csv`;
      if (!award) {
        if (!claimed.has(awardKey(ref.scheme, ref.year, region))) {
          problems.push({ ...at, field: '<Lencana>', value: JSON.stringify(what), expected: `hasil penilaian yang tercatat; belum ada: ${where}` });
        }
        continue;
      }
      if (!isPublished(article.data, options.now)) continue;
      const fromPublic = award.sources.some((source) => {
        if (source.kind === 'table') return true;
        const other = articles.get(source.slug);
        return other !== undefined && isPublished(other.data, options.now);
      });
      if (!fromPublic) {
        problems.push({
          ...at,
          field: '<Lencana>',
          value: JSON.stringify(what),
          expected: 'hasil dari artikel yang sudah terbit atau tabel hasil; hasil ini baru tercatat di artikel yang belum terbit',
          related: [...new Set(award.sources.map((source) => source.file))],
        });
      }
    }
  }
  return problems;
}

/**
 * Text left from the `npm run new` template (`[[...]]`) may stay in a draft,
 * never in an article about to be published.
 */
function checkPlaceholders(tree: ContentTree, articles: Map<string, CheckedArticle>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const source of tree.articles) {
    const article = articles.get(source.slug);
    if (!article || article.file !== source.file || article.data.draft) continue;
    const expected = 'teks sendiri menggantikan teks contoh [[...]] dari templat (atau tetap draft: true)';
    for (const field of ['title', 'description'] as const) {
      for (const found of findPlaceholders(article.data[field])) {
        const line = findFieldLine(source.frontmatter, [field]);
        problems.push({ file: source.file, line: line ? line + 1 : undefined, field, value: describeValue(found.text), expected });
      }
    }
    for (const found of findPlaceholders(source.body)) {
      problems.push({ file: source.file, line: source.bodyLineOffset + found.line, field: 'isi', value: describeValue(found.text), expected });
    }
  }
  return problems;
}

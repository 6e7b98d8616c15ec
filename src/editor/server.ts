/**
 * The editor's questions, answered by the project's own modules (content check, award engine,
 * region registry, raster check) so the editor can never disagree with the build.
 */
import { readFile, writeFile, mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { runContentCheck } from '../content-tree/run-check.ts';
import { readContentTree } from '../content-tree/read-tree.ts';
import type { CheckResult } from '../content-tree/check.ts';
import { formatProblem, type ContentProblem } from '../model/problem.ts';
import { decideBuildTime, isPublished } from '../model/publish.ts';
import { computeAwards, type AwardSource } from '../model/awards/engine.ts';
import { parseResultsTable } from '../model/awards/results-table.ts';
import { decideArticleAwardSources } from '../model/awards/sources.ts';
import { describeAwardGrade, describeStreak, describeZone } from '../model/awards/wording.ts';
import { awardClaimSchema } from '../schemas/article.ts';
import { detectRasterFormat, RASTER_EXTENSIONS } from '../model/raster-image.ts';
import { slugify } from '../schemas/slug.ts';
import { CONTENT_DIR } from '../site-config.ts';
import { decideEditability, entrySlug } from './round-trip.ts';
import type { EditorOption, OptionSource } from './client.ts';
import { contentChanged, contentGeneration } from './content-generation.ts';

const ROOT = process.cwd();

interface CheckRun {
  generation: string;
  result: CheckResult & { articleCount: number };
  byFile: Map<string, ContentProblem[]>;
  checkedAt: Date;
}

let current: { generation: number; run: Promise<CheckRun> } | undefined;

/** A save or upload: the next question re-runs the check, and the preview reloads its collections (content-generation.ts). */
export function markContentChanged(): void {
  contentChanged();
}

async function runCheck(generation: number): Promise<CheckRun> {
  const result = await runContentCheck(CONTENT_DIR, ROOT, decideBuildTime(process.env));
  const byFile = new Map<string, ContentProblem[]>();
  for (const problem of result.problems) {
    for (const file of [problem.file, ...(problem.related ?? [])]) {
      byFile.set(file, [...(byFile.get(file) ?? []), problem]);
    }
  }
  return { generation: String(generation), result, byFile, checkedAt: new Date() };
}

/** Run once per change of the tree, shared by every open form. */
export function currentCheck(): Promise<CheckRun> {
  const generation = contentGeneration();
  if (current?.generation !== generation) {
    const run = runCheck(generation).catch((error) => {
      current = undefined;
      throw error;
    });
    current = { generation, run };
  }
  return current.run;
}

export interface FileReport {
  file: string;
  generation: string;
  /** Why the editor must not save this file; empty when it may. */
  readOnly: string[];
  /** False when Keystatic cannot open the file's form at all (its front matter); the editor shows the reasons instead. */
  formOpens: boolean;
  /** The content check's lines that name this file, as `npm run check:content` prints them. */
  problems: string[];
  checkedAt: string;
}

type Editability = ReturnType<typeof decideEditability>;
const editabilityCache = new Map<string, { mtimeMs: number; editability: Editability }>();

/** Whether the file on disk can go through the editor unchanged, and its form open (cached per modification time). */
async function editability(file: string): Promise<Editability> {
  const absolute = path.join(ROOT, file);
  const info = await stat(absolute).catch(() => undefined);
  if (!info) return { readOnly: [], formOpens: true };
  const cached = editabilityCache.get(file);
  if (cached && cached.mtimeMs === info.mtimeMs) return cached.editability;
  const decided = decideEditability(await readFile(absolute, 'utf8'), entrySlug(file, CONTENT_DIR));
  editabilityCache.set(file, { mtimeMs: info.mtimeMs, editability: decided });
  return decided;
}

/** Why the file on disk cannot go through the editor unchanged. */
export async function readOnlyReasons(file: string): Promise<string[]> {
  return (await editability(file)).readOnly;
}

export async function reportFile(file: string): Promise<FileReport> {
  const run = await currentCheck();
  return {
    file,
    generation: run.generation,
    ...(await editability(file)),
    problems: (run.byFile.get(file) ?? []).map(formatProblem),
    checkedAt: run.checkedAt.toLocaleTimeString('id-ID', { timeZone: 'Asia/Jakarta' }),
  };
}

/** Picker options from the checked tree: every known region (idn-area-data and content/regions/), authors, schemes, articles. */
export async function listOptions(source: OptionSource): Promise<EditorOption[]> {
  const { result } = await currentCheck();
  const byLabel = (a: EditorOption, b: EditorOption) => a.label.localeCompare(b.label, 'id');
  switch (source) {
    case 'regions':
      return [...result.regions].map(([id, region]) => ({ id, label: `${region.name} (${id})` })).sort(byLabel);
    case 'authors':
      return [...result.authors].map(([id, author]) => ({ id, label: `${author.name} (${id})` })).sort(byLabel);
    case 'schemes':
      return [...result.schemes].map(([id, scheme]) => ({ id, label: `${scheme.name} (${id})` })).sort(byLabel);
    case 'articles':
      return [...result.articles.values()]
        .map((article) => ({ id: article.slug, label: `${article.data.title} (${article.slug})${article.data.draft ? ' [draf]' : ''}` }))
        .sort(byLabel);
  }
}

export interface BadgePreview {
  ok: boolean;
  /** One line: `Kategori A · Kualitas Tertinggi · Zona Hijau · 3 tahun berturut-turut`, or the problem. */
  text: string;
  grade?: string;
  zone?: string;
  streak?: number;
}

/** As if the open article were published (its region as picked in the form), against every published claim and results table. */
export async function previewBadge(articleFile: string | undefined, claim: unknown, articleRegion?: string): Promise<BadgePreview> {
  const parsedClaim = awardClaimSchema.safeParse(claim);
  if (!parsedClaim.success) return { ok: false, text: parsedClaim.error.issues.map((issue) => `${issue.path.join('.') || 'penghargaan'}: ${issue.message}`).join('; ') };
  const { result } = await currentCheck();
  const now = decideBuildTime(process.env);
  const own = [...result.articles.values()].find((article) => article.file === articleFile);
  const region = parsedClaim.data.region ?? articleRegion ?? own?.data.region;
  if (!region) return { ok: false, text: 'isi daerah pada penghargaan atau daerah artikel' };
  const others = [...result.articles.values()].filter((article) => article.file !== articleFile && isPublished(article.data, now));
  const sources: AwardSource[] = decideArticleAwardSources(
    others.map((article) => ({ slug: article.slug, file: article.file, region: article.data.region, awards: article.data.awards })),
  );
  const tree = await readContentTree(CONTENT_DIR, ROOT, { readArticles: async () => ({ articles: [], problems: [] }) });
  for (const table of tree.tables) sources.push(...parseResultsTable(table.text, table.file, table.scheme, table.year).sources);
  const file = articleFile ?? 'artikel baru';
  // The same (scheme, year, region) in another article must agree; here this claim speaks for the article.
  const key = (source: AwardSource) => `${source.scheme}|${source.year}|${source.region}`;
  const mine: AwardSource = { ...parsedClaim.data, region, provenance: { kind: 'article', file, slug: 'pratinjau', field: 'awards' } };
  const computed = computeAwards(result.schemes, [...sources.filter((source) => key(source) !== key(mine)), mine]);
  const problem = computed.problems.find((item) => item.file === file);
  if (problem) return { ok: false, text: `${problem.field}: ditemukan ${problem.value}; diharapkan: ${problem.expected}` };
  const award = computed.awards.find((item) => key({ ...item, provenance: mine.provenance }) === key(mine));
  if (!award) return { ok: false, text: 'hasil belum dapat dihitung' };
  const scheme = result.schemes.get(award.scheme)!;
  const parts = [describeAwardGrade(award), award.zone ? describeZone(award.zone) : '', describeStreak(award, scheme) ?? `${award.streak} tahun`].filter(Boolean);
  return { ok: true, text: `Lencana: ${parts.join(' · ')}`, grade: award.grade, zone: award.zone, streak: award.streak };
}

/** Where the open article's images go: its folder's `gambar/` (the current year's folder for a new article). */
export function decideImageFolder(articleFile: string | undefined): string {
  const articles = path.posix.join(CONTENT_DIR, 'articles');
  if (articleFile && articleFile.startsWith(`${articles}/`) && !articleFile.includes('..')) {
    return path.posix.join(path.posix.dirname(articleFile), 'gambar');
  }
  const year = new Date(Date.now() + 7 * 3600_000).getUTCFullYear();
  return path.posix.join(articles, String(year), 'gambar');
}

/** Never overwrites: a taken name gets another; returns `./gambar/<name>`. */
export async function saveImage(articleFile: string | undefined, name: string, bytes: Uint8Array): Promise<{ path: string } | { error: string }> {
  const extension = path.extname(name).toLowerCase();
  const format = RASTER_EXTENSIONS.get(extension);
  if (!format || detectRasterFormat(bytes) !== format) return { error: 'hanya JPEG, PNG, WebP atau AVIF yang isinya sesuai dengan akhiran nama berkas' };
  const folder = decideImageFolder(articleFile);
  const base = slugify(path.basename(name, path.extname(name))) || 'gambar';
  await mkdir(path.join(ROOT, folder), { recursive: true });
  for (let n = 1; ; n += 1) {
    const fileName = `${base}${n === 1 ? '' : `-${n}`}${extension}`;
    try {
      await writeFile(path.join(ROOT, folder, fileName), bytes, { flag: 'wx' });
      markContentChanged();
      return { path: `./gambar/${fileName}` };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/**
 * An article through Keystatic's own reader and writer, and whether that changed anything a
 * reader sees (schema-read front matter, compiled HTML): a file that would change opens read-only.
 */
// @ts-expect-error: Keystatic's UI bundle with its entry reader/writer exported (keystatic-io-plugin.ts)
import * as keystaticIo from 'virtual:warta-keystatic-ui';
import { isDeepStrictEqual } from 'node:util';
import keystaticConfig, { articleFields } from '../../keystatic.config.ts';
import { COLLECTION } from './client.ts';
import { splitFrontmatter, parseYamlText } from '../content-tree/read-tree.ts';
import { articleSchema } from '../schemas/article.ts';
import { checkArticleBody, compileArticleBody } from '../mdx/compile-article.ts';

interface KeystaticIo {
  wartaParseEntry(args: unknown, files: Map<string, Uint8Array>): { initialState: unknown };
  wartaSerializeEntryToFiles(args: unknown): { path: string; contents: Uint8Array }[];
  wartaGetCollectionFormat(config: unknown, collection: string): unknown;
  wartaGetCollectionItemPath(config: unknown, collection: string, slug: string): string;
}
const io = keystaticIo as KeystaticIo;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** `content/articles/2024/x.mdx` -> `2024/x`, the entry's slug in the collection. */
export function entrySlug(file: string, contentDir: string): string {
  const prefix = `${contentDir.replace(/\/$/, '')}/articles/`;
  if (!file.startsWith(prefix) || !file.endsWith('.mdx')) throw new Error(`not an article of ${contentDir}: ${file}`);
  return file.slice(prefix.length, -'.mdx'.length);
}

/** Keystatic's entry arguments for an article, and the file it reads. */
function entryArgs(text: string, slug: string) {
  const collection = keystaticConfig.collections![COLLECTION]!;
  const format = io.wartaGetCollectionFormat(keystaticConfig, COLLECTION);
  const dirpath = io.wartaGetCollectionItemPath(keystaticConfig, COLLECTION, slug);
  const files = new Map([[`${dirpath}.mdx`, encoder.encode(text)]]);
  return { collection, format, dirpath, files, args: { dirpath, format, schema: collection.schema, slug: { field: collection.slugField, slug } } };
}

/** Opens `text` as the editor does and saves it unchanged; returns the file it writes. */
export function roundTripArticle(text: string, slug: string): string {
  const { collection, format, dirpath, files, args } = entryArgs(text, slug);
  const { initialState } = io.wartaParseEntry(args, files);
  const written = io.wartaSerializeEntryToFiles({ basePath: dirpath, format, schema: collection.schema, slug: { field: collection.slugField, value: slug }, state: initialState });
  const others = written.filter((file) => file.path !== `${dirpath}.mdx`);
  if (others.length) throw new Error(`the editor would also write ${others.map((file) => file.path).join(', ')}`);
  return decoder.decode(written[0]!.contents);
}

/**
 * Keystatic alone would show only its error page for front matter it rejects (`tags: satu, dua`
 * as text); the reason feeds the read-only view (src/editor/unopenable-entry.ts).
 */
export function describeUnopenableEntry(text: string, slug: string): string | undefined {
  const { files, args } = entryArgs(text, slug);
  try {
    io.wartaParseEntry(args, files);
    return undefined;
  } catch (error) {
    return describeError(error);
  }
}

/** What a reader of the site gets from an article file: schema-read front matter and body HTML. */
export function renderedArticle(text: string): { data: unknown; html: string; problems: string[] } {
  const split = splitFrontmatter(text);
  if (!split) return { data: undefined, html: '', problems: ['front matter tidak ada'] };
  const parsed = articleSchema.safeParse(parseYamlText(split.frontmatter));
  const body = compileArticleBody(split.body);
  return {
    data: parsed.success ? parsed.data : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    html: body.html,
    problems: body.problems.map((problem) => `${problem.field}: ${problem.value}`),
  };
}

/** Differences a reader would see between two versions of an article ('' when none). */
export function describeRenderDifference(before: string, after: string): string[] {
  const a = renderedArticle(before);
  const b = renderedArticle(after);
  const differences: string[] = [];
  if (!isDeepStrictEqual(a.data, b.data)) differences.push(`front matter dibaca berbeda: ${JSON.stringify(a.data)} -> ${JSON.stringify(b.data)}`);
  if (a.html !== b.html) differences.push('isi berita menjadi HTML yang berbeda');
  if (!isDeepStrictEqual(a.problems, b.problems)) differences.push(`masalah isi berbeda: ${JSON.stringify(a.problems)} -> ${JSON.stringify(b.problems)}`);
  return differences;
}

/** Empty when the editor may save the file: Keystatic reads it, and saving it unchanged changes nothing readers see. */
export function decideReadOnly(text: string, slug: string): string[] {
  return decideEditability(text, slug).readOnly;
}

/** `readOnly`: as decideReadOnly; `formOpens`: false when Keystatic cannot open the file's form at all. */
export function decideEditability(text: string, slug: string): { readOnly: string[]; formOpens: boolean } {
  const split = splitFrontmatter(text);
  const unopenable = split ? describeUnopenableEntry(text, slug) : undefined;
  // The content check's messages for the file (the report's `problems`) name the field in the journalists' words.
  if (unopenable) return { readOnly: [`editor tidak dapat membuka formulir berkas ini: front matter tidak terbaca (${unopenable})`], formOpens: false };
  return { readOnly: decideBodyReadOnly(text, slug), formOpens: true };
}

function decideBodyReadOnly(text: string, slug: string): string[] {
  const split = splitFrontmatter(text);
  const unreadable = split ? describeUnreadableBody(split.body, slug) : undefined;
  if (unreadable && split) {
    // The content check says the same in the journalists' words (import, unknown component, expression).
    const bodyProblems = checkArticleBody(split.body, split.bodyLineOffset).problems;
    return [
      `editor tidak dapat membaca isi berkas ini (${unreadable})`,
      ...bodyProblems.map((problem) => `${problem.line ? `baris ${problem.line} ` : ''}${problem.field}: ditemukan ${problem.value}; diharapkan: ${problem.expected}`),
    ];
  }
  let written: string;
  try {
    written = roundTripArticle(text, slug);
  } catch (error) {
    return [`editor tidak dapat membaca berkas ini (${describeError(error)})`];
  }
  return describeRenderDifference(text, written);
}

function describeError(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim().slice(0, 300);
}

/** Keystatic's own MDX parser on the body (the form would show it as source); undefined when it reads it. */
function describeUnreadableBody(body: string, slug: string): string | undefined {
  try {
    articleFields.isi.strictParse(undefined, { content: encoder.encode(body), other: new Map(), external: new Map(), slug });
    return undefined;
  } catch (error) {
    return describeError(error);
  }
}

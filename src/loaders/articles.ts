/**
 * Astro content loader for articles. It runs the newsroom's content check
 * over the whole tree (the same function `npm run check:content` runs) and
 * fails the build with every problem listed. Bodies are compiled to static
 * HTML here and cached per entry digest, so an unchanged article is neither
 * re-parsed nor re-rendered on the next build.
 *
 * The HTML itself lives in one file per entry beside Astro's data store
 * (`<cacheDir>/warta-bodies/`), not inside it: Astro inlines the whole data
 * store into the build as one JavaScript module, and at 10,000 articles the
 * bodies made that module 64 MB, costing seconds to parse and hundreds of MB
 * of memory on every build. Pages read a body only when they render it.
 */
import { fileURLToPath } from 'node:url';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { readContentTree } from '../content-tree/read-tree.ts';
import { checkContentTree } from '../content-tree/check.ts';
import type { BodyInfo } from '../mdx/compile-article.ts';
import { compileBodies, type CompileJob } from '../mdx/compile-pool.ts';
import { formatProblem, sortProblems, type ContentProblem } from '../model/problem.ts';

export interface ArticlesLoaderOptions {
  /** Content directory, relative to the project root. */
  contentDir: string;
  /** Build time for the publish rule's checks. */
  now: Date;
}

/** The part of Astro's mutable data store that its glob loader uses for cached entries. */
interface AssetStore {
  addAssetImports(assets: string[], filePath: string): void;
}

/** Kept in the entry's `rendered.metadata.frontmatter` so unchanged entries need no re-parse. */
export interface StoredMetadata {
  body: BodyInfo;
  /** Absolute path of the compiled body HTML (src/data/article-body.ts reads it). */
  bodyFile: string;
}

/** One file per entry version: the digest in the name means a file is never stale. */
function bodyFileName(slug: string, digest: string): string {
  return `${slug}.${digest}.html`;
}

export class ContentCheckError extends Error {
  constructor(public readonly problems: ContentProblem[]) {
    const lines = problems.map(formatProblem);
    super(
      `Konten tidak lolos pemeriksaan (${problems.length} masalah):\n${lines.join('\n')}\n` +
        'Perbaiki lalu jalankan lagi; `npm run check:content` menampilkan daftar yang sama.',
    );
    this.name = 'ContentCheckError';
  }
}

/**
 * A digest of the compiler's own source: cached bodies are keyed by it as
 * well as by the article text, so changing the compiler or the palette
 * recompiles every article instead of serving stale HTML.
 */
function compilerDigest(root: string, generateDigest: (text: string) => string): string {
  const dir = path.join(root, 'src', 'mdx');
  const sources = readdirSync(dir)
    .filter((file) => file.endsWith('.ts'))
    .sort()
    .map((file) => readFileSync(path.join(dir, file), 'utf8'));
  return generateDigest(sources.join('\n'));
}

export function articlesLoader(options: ArticlesLoaderOptions): Loader {
  return {
    name: 'warta-articles',
    async load({ store, parseData, generateDigest, config, logger }) {
      const root = fileURLToPath(config.root);
      const bodiesDir = fileURLToPath(new URL('warta-bodies/', config.cacheDir));
      mkdirSync(bodiesDir, { recursive: true });
      const started = performance.now();
      const tree = await readContentTree(options.contentDir, root);
      const compiler = compilerDigest(root, generateDigest);
      const bodies = new Map<string, BodyInfo>();
      const compiled = new Map<string, { info: BodyInfo; digest: string }>();
      const problems: ContentProblem[] = [];
      const jobs: (CompileJob & { source: (typeof tree.articles)[number]; digest: string })[] = [];

      for (const source of tree.articles) {
        const digest = generateDigest(`${compiler}\n${source.text}`);
        const existing = store.get(source.slug);
        const stored = existing?.rendered?.metadata?.frontmatter as StoredMetadata | undefined;
        const outFile = path.join(bodiesDir, bodyFileName(source.slug, digest));
        if (existing && existing.digest === digest && existing.filePath === source.file && stored?.body && stored.bodyFile === outFile && existsSync(outFile)) {
          bodies.set(source.file, stored.body);
          continue;
        }
        jobs.push({ source, digest, body: source.body, bodyLineOffset: source.bodyLineOffset, outFile });
      }
      const outcomes = await compileBodies(jobs.map(({ body, bodyLineOffset, outFile }) => ({ body, bodyLineOffset, outFile })));
      jobs.forEach(({ source, digest }, i) => {
        const { info, problems: found } = outcomes[i]!;
        problems.push(...found.map((problem) => ({ file: source.file, ...problem })));
        bodies.set(source.file, info);
        compiled.set(source.file, { info, digest });
      });

      const check = checkContentTree(tree, { now: options.now, bodies });
      problems.push(...check.problems);
      if (problems.length > 0) throw new ContentCheckError(sortProblems(problems));

      const seen = new Set<string>();
      const keptFiles = new Set<string>();
      for (const source of tree.articles) {
        seen.add(source.slug);
        const fresh = compiled.get(source.file);
        if (!fresh) {
          const existing = store.get(source.slug)!;
          keptFiles.add(path.basename((existing.rendered!.metadata!.frontmatter as unknown as StoredMetadata).bodyFile));
          // Astro's own glob loader re-registers cached entries' images the same way.
          if (existing.assetImports?.length) (store as unknown as AssetStore).addAssetImports(existing.assetImports, existing.filePath!);
          continue;
        }
        const data = await parseData({ id: source.slug, data: source.data as Record<string, unknown>, filePath: source.absolutePath });
        // Astro ignores a set() whose digest matches the stored entry, which
        // would keep an entry whose body file had gone missing.
        if (store.get(source.slug)?.digest === fresh.digest) store.delete(source.slug);
        const fileName = bodyFileName(source.slug, fresh.digest);
        const metadata: StoredMetadata = { body: fresh.info, bodyFile: path.join(bodiesDir, fileName) };
        keptFiles.add(fileName);
        store.set({
          id: source.slug,
          data,
          filePath: source.file,
          digest: fresh.digest,
          rendered: {
            html: '',
            metadata: { imagePaths: fresh.info.images, headings: [], frontmatter: metadata as unknown as Record<string, unknown> },
          },
          assetImports: fresh.info.images,
        });
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      // Bodies of edited or removed articles are never read again.
      for (const file of readdirSync(bodiesDir)) if (!keptFiles.has(file)) rmSync(path.join(bodiesDir, file), { force: true });
      logger.info(
        `${tree.articles.length} artikel diperiksa, ${compiled.size} dikompilasi ulang (${Math.round(performance.now() - started)} ms)`,
      );
    },
  };
}

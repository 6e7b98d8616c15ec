/**
 * Astro content loader for articles. It runs the newsroom's content check
 * over the whole tree (the same function `npm run check:content` runs) and
 * fails the build with every problem listed. Bodies are compiled to static
 * HTML here and cached per source digest (the article's text and the
 * compiler digest, compiler-digest.ts), so an unchanged article is neither
 * re-parsed nor re-rendered on the next build. The entry's digest adds the
 * bytes of the images the article references (image-digests.ts): a photo
 * replaced under the same name changes the entry, and so its page's key.
 *
 * The HTML itself lives in one file per entry beside Astro's data store
 * (`<cacheDir>/warta-bodies/`), not inside it: Astro inlines the whole data
 * store into the build as one JavaScript module, and at 10,000 articles the
 * bodies made that module 64 MB, costing seconds to parse and hundreds of MB
 * of memory on every build. Pages read a body only when they render it.
 */
import { fileURLToPath } from 'node:url';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { parseYamlText, readContentTree } from '../content-tree/read-tree.ts';
import { FrontmatterCache } from '../content-tree/frontmatter-cache.ts';
import { checkContentTree } from '../content-tree/check.ts';
import type { BodyInfo } from '../mdx/compile-article.ts';
import { compileBodies, type CompileJob } from '../mdx/compile-pool.ts';
import { formatProblem, sortProblems, type ContentProblem } from '../model/problem.ts';
import { computeCompilerDigest } from './compiler-digest.ts';
import { ImageDigests, resolveArticleImages } from './image-digests.ts';

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
  /** Absolute path of the compiled body HTML (src/astro-glue/article-body.ts reads it). */
  bodyFile: string;
  /** Digest of the article's text and the compiler (compiler-digest.ts): what the body HTML depends on. */
  sourceDigest: string;
  /**
   * Digest of the bytes of every image the article references (front matter
   * `image` and body images). The entry's digest covers it, so a photo
   * replaced under the same name changes the entry and its page key.
   */
  imagesDigest: string;
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

export function articlesLoader(options: ArticlesLoaderOptions): Loader {
  return {
    name: 'warta-articles',
    async load({ store, parseData, generateDigest, config, logger }) {
      const root = fileURLToPath(config.root);
      const bodiesDir = fileURLToPath(new URL('warta-bodies/', config.cacheDir));
      mkdirSync(bodiesDir, { recursive: true });
      const started = performance.now();
      const frontmatter = new FrontmatterCache(fileURLToPath(new URL('warta-frontmatter.bin', config.cacheDir)));
      const tree = await readContentTree(options.contentDir, root, { parseFrontmatter: (yaml) => frontmatter.parse(yaml, parseYamlText) });
      // Once per build: every module the compiler imports and the packages they use.
      const compiler = await computeCompilerDigest(root);
      const images = new ImageDigests(fileURLToPath(new URL('warta-image-digests.json', config.cacheDir)));
      const bodies = new Map<string, BodyInfo>();
      const compiled = new Map<string, { info: BodyInfo; sourceDigest: string }>();
      const problems: ContentProblem[] = [];
      const jobs: (CompileJob & { source: (typeof tree.articles)[number]; sourceDigest: string })[] = [];

      for (const source of tree.articles) {
        const sourceDigest = generateDigest(`${compiler}\n${source.text}`);
        const existing = store.get(source.slug);
        const stored = existing?.rendered?.metadata?.frontmatter as StoredMetadata | undefined;
        const outFile = path.join(bodiesDir, bodyFileName(source.slug, sourceDigest));
        if (existing && stored?.sourceDigest === sourceDigest && existing.filePath === source.file && stored.body && stored.bodyFile === outFile && existsSync(outFile)) {
          bodies.set(source.file, stored.body);
          continue;
        }
        jobs.push({ source, sourceDigest, body: source.body, bodyLineOffset: source.bodyLineOffset, outFile });
      }
      const outcomes = await compileBodies(jobs.map(({ body, bodyLineOffset, outFile }) => ({ body, bodyLineOffset, outFile })));
      jobs.forEach(({ source, sourceDigest }, i) => {
        const { info, problems: found } = outcomes[i]!;
        problems.push(...found.map((problem) => ({ file: source.file, ...problem })));
        bodies.set(source.file, info);
        compiled.set(source.file, { info, sourceDigest });
      });

      const check = checkContentTree(tree, { now: options.now, bodies });
      problems.push(...check.problems);
      if (problems.length > 0) throw new ContentCheckError(sortProblems(problems));

      const seen = new Set<string>();
      const keptFiles = new Set<string>();
      for (const source of tree.articles) {
        seen.add(source.slug);
        const existing = store.get(source.slug);
        const stored = existing?.rendered?.metadata?.frontmatter as StoredMetadata | undefined;
        const fresh = compiled.get(source.file);
        const info = fresh?.info ?? stored!.body;
        const sourceDigest = fresh?.sourceDigest ?? stored!.sourceDigest;
        const lead = (source.data as { image?: unknown }).image;
        const imagesDigest = images.ofAll(resolveArticleImages(source.absolutePath, [typeof lead === 'string' ? lead : undefined, ...info.images]));
        const digest = generateDigest(`${sourceDigest}\n${imagesDigest}`);
        const fileName = bodyFileName(source.slug, sourceDigest);
        keptFiles.add(fileName);
        if (!fresh && existing!.digest === digest) {
          // Astro's own glob loader re-registers cached entries' images the same way.
          if (existing!.assetImports?.length) (store as unknown as AssetStore).addAssetImports(existing!.assetImports, existing!.filePath!);
          continue;
        }
        const data = await parseData({ id: source.slug, data: source.data as Record<string, unknown>, filePath: source.absolutePath });
        // Astro ignores a set() whose digest matches the stored entry, which
        // would keep an entry whose body file had gone missing.
        if (existing?.digest === digest) store.delete(source.slug);
        const metadata: StoredMetadata = { body: info, bodyFile: path.join(bodiesDir, fileName), sourceDigest, imagesDigest };
        store.set({
          id: source.slug,
          data,
          filePath: source.file,
          digest,
          rendered: {
            html: '',
            metadata: { imagePaths: info.images, headings: [], frontmatter: metadata as unknown as Record<string, unknown> },
          },
          assetImports: info.images,
        });
      }
      images.save();
      frontmatter.save();
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      // Bodies of edited or removed articles are never read again.
      for (const file of readdirSync(bodiesDir)) if (!keptFiles.has(file)) rmSync(path.join(bodiesDir, file), { force: true });
      logger.info(
        `${tree.articles.length} artikel diperiksa, ${compiled.size} dikompilasi ulang (${Math.round(performance.now() - started)} ms)`,
      );
    },
  };
}

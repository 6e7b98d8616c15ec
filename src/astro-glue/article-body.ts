/**
 * Astro glue: an article's compiled body. The articles loader keeps the HTML
 * in one cache file per entry version (src/loaders/articles.ts explains why);
 * this reads it back and hands Astro an entry it can `render()`, so images in
 * the body still go through Astro's pipeline.
 */
import { readFileSync } from 'node:fs';
import { getEntry, render } from 'astro:content';
import type { StoredMetadata } from '../loaders/articles.ts';

/** The `<Content />` of an article body. */
export async function renderArticleBody(slug: string) {
  const entry = await getEntry('articles', slug);
  if (!entry?.rendered) throw new Error(`Article ${slug} is missing from the collection`);
  const stored = entry.rendered.metadata?.frontmatter as unknown as StoredMetadata | undefined;
  if (!stored?.bodyFile) throw new Error(`Article ${slug} has no compiled body; run the build again`);
  let html: string;
  try {
    // Synchronous: a small cached file is read faster than four thread-pool round trips.
    html = readFileSync(stored.bodyFile, 'utf8');
  } catch (error) {
    throw new Error(
      `${entry.filePath ?? slug}: its compiled body ${stored.bodyFile} is gone from Astro's cache. ` +
        'Delete that cache directory (node_modules/.astro/) and build again.',
      { cause: error },
    );
  }
  return render({ ...entry, rendered: { ...entry.rendered, html } });
}

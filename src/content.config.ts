import { defineCollection } from 'astro:content';
import { createArticleSchema } from './schemas/article.ts';
import { regionSchema } from './schemas/region.ts';
import { authorSchema } from './schemas/author.ts';
import { schemeSchema } from './schemas/scheme.ts';
import { articlesLoader } from './loaders/articles.ts';
import { resultsLoader } from './loaders/results.ts';
import { dataFilesLoader, regionsLoader } from './loaders/data-files.ts';
import { CONTENT_DIR, BUILD_TIME } from './site-config.ts';

const articles = defineCollection({
  loader: articlesLoader({ contentDir: CONTENT_DIR, now: BUILD_TIME }),
  // Same schema as the content check, with Astro's image() for the lead image.
  schema: ({ image }) => createArticleSchema(image()),
});

// Every collection takes its files from the content check's own listing
// (src/content-tree/list-content.ts), never from a glob pattern of its own.
// Every region of Indonesia (idn-area-data) with content/regions/ laid over it.
const regions = defineCollection({
  loader: regionsLoader({ contentDir: CONTENT_DIR }),
  schema: regionSchema,
});

const authors = defineCollection({
  loader: dataFilesLoader({ contentDir: CONTENT_DIR, folder: 'authors', schema: authorSchema }),
  schema: authorSchema,
});

const schemes = defineCollection({
  loader: dataFilesLoader({ contentDir: CONTENT_DIR, folder: 'schemes', schema: schemeSchema }),
  schema: schemeSchema,
});

// Official results tables, raw; the award engine parses them (src/astro-glue/awards.ts).
const results = defineCollection({
  loader: resultsLoader({ contentDir: CONTENT_DIR }),
});

export const collections = { articles, regions, authors, schemes, results };

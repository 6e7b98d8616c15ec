import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { createArticleSchema } from './schemas/article.ts';
import { regionSchema } from './schemas/region.ts';
import { authorSchema } from './schemas/author.ts';
import { schemeSchema } from './schemas/scheme.ts';
import { articlesLoader } from './loaders/articles.ts';
import { resultsLoader } from './loaders/results.ts';
import { CONTENT_DIR, BUILD_TIME } from './site-config.ts';

const articles = defineCollection({
  loader: articlesLoader({ contentDir: CONTENT_DIR, now: BUILD_TIME }),
  // Same schema as the content check, with Astro's image() for the lead image.
  schema: ({ image }) => createArticleSchema(image()),
});

const regions = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: `${CONTENT_DIR}/regions` }),
  schema: regionSchema,
});

const authors = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: `${CONTENT_DIR}/authors` }),
  schema: authorSchema,
});

const schemes = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: `${CONTENT_DIR}/schemes` }),
  schema: schemeSchema,
});

// Official results tables, raw; the award engine parses them (src/data/awards.ts).
const results = defineCollection({
  loader: resultsLoader({ contentDir: CONTENT_DIR }),
});

export const collections = { articles, regions, authors, schemes, results };

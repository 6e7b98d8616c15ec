import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { createArticleSchema } from './schemas/article.ts';
import { regionSchema } from './schemas/region.ts';
import { authorSchema } from './schemas/author.ts';
import { articlesLoader } from './loaders/articles.ts';
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

export const collections = { articles, regions, authors };

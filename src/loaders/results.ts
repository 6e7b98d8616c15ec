/**
 * Astro content loader for official results tables: each
 * `<contentDir>/results/<scheme>/<year>.csv` becomes the entry `<scheme>/<year>`
 * holding the raw text. The tables are those the content check lists
 * (src/content-tree/list-content.ts); the award engine parses and checks them
 * (the articles loader's content check reports a misnamed or malformed
 * table), so this loader only reads files.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { z } from 'zod';
import { listContent } from '../content-tree/list-content.ts';

/** One results table, unparsed. */
export const resultsTableSchema = z.object({
  /** Scheme id, the table's folder name. */
  scheme: z.string(),
  /** Assessment year, the table's file name. */
  year: z.number().int(),
  /** Path relative to the project root, as error messages name it. */
  file: z.string(),
  /** The CSV text. */
  text: z.string(),
});

export function resultsLoader(options: { contentDir: string }): Loader {
  return {
    name: 'warta-results',
    schema: resultsTableSchema,
    async load({ store, config, parseData, generateDigest }) {
      const root = fileURLToPath(config.root);
      // The same listing as the content check: a misplaced table is reported there, not skipped here.
      const { tables } = await listContent(options.contentDir, root);
      const seen = new Set<string>();
      for (const { absolute, file, scheme, year } of tables) {
        const id = `${scheme}/${year}`;
        const text = await readFile(absolute, 'utf8');
        const digest = generateDigest(text);
        seen.add(id);
        if (store.get(id)?.digest === digest && store.get(id)?.filePath === file) continue;
        const data = await parseData({ id, data: { scheme, year, file, text }, filePath: absolute });
        store.set({ id, data, digest, filePath: file });
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
    },
  };
}

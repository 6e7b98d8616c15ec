/**
 * Astro content loader for official results tables: each
 * `<contentDir>/results/<scheme>/<year>.csv` becomes the entry `<scheme>/<year>`
 * holding the raw text. The award engine parses and checks it (the articles
 * loader's content check reports a misnamed or malformed table), so this
 * loader only reads files.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { z } from 'zod';
import { parseResultsTablePath } from '../model/awards.ts';

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
      const dir = path.resolve(root, options.contentDir, 'results');
      const seen = new Set<string>();
      if (existsSync(dir)) {
        const entries = await readdir(dir, { recursive: true, withFileTypes: true });
        for (const entry of entries) {
          if (!entry.isFile() || !entry.name.endsWith('.csv')) continue;
          const absolute = path.join(entry.parentPath, entry.name);
          const file = path.relative(root, absolute).split(path.sep).join('/');
          const parsed = parseResultsTablePath(path.relative(path.dirname(dir), absolute).split(path.sep).join('/'));
          if (!parsed) continue; // the content check names the misplaced file
          const id = `${parsed.scheme}/${parsed.year}`;
          const text = await readFile(absolute, 'utf8');
          const digest = generateDigest(text);
          seen.add(id);
          if (store.get(id)?.digest === digest && store.get(id)?.filePath === file) continue;
          const data = await parseData({ id, data: { scheme: parsed.scheme, year: parsed.year, file, text }, filePath: absolute });
          store.set({ id, data, digest, filePath: file });
        }
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
    },
  };
}

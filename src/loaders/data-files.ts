/**
 * Astro content loader for the YAML data folders (regions, authors, schemes).
 * It takes its files from the same listing as the content check
 * (src/content-tree/list-content.ts) instead of a glob pattern of its own, so
 * the build and `npm run check:content` see exactly the same files. A file
 * that does not parse or fails its schema is left out here: the articles
 * loader runs the content check and fails the build naming it, with the same
 * line `npm run check:content` prints.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { ZodType } from 'zod';
import { listContent, type DataFolder } from '../content-tree/list-content.ts';
import { parseYamlText } from '../content-tree/read-tree.ts';

export function dataFilesLoader(options: { contentDir: string; folder: DataFolder; schema: ZodType }): Loader {
  return {
    name: `warta-${options.folder}`,
    async load({ store, config, parseData, generateDigest }) {
      const root = fileURLToPath(config.root);
      const listing = await listContent(options.contentDir, root);
      const seen = new Set<string>();
      for (const { absolute, file, id } of listing[options.folder]) {
        const text = await readFile(absolute, 'utf8');
        const digest = generateDigest(text);
        const existing = store.get(id);
        if (existing?.digest === digest && existing.filePath === file) {
          seen.add(id);
          continue;
        }
        let raw: unknown;
        try {
          raw = parseYamlText(text) ?? {};
        } catch {
          continue; // a YAML problem: the content check reports it
        }
        if (!options.schema.safeParse(raw).success) continue; // likewise
        seen.add(id);
        const data = await parseData({ id, data: raw as Record<string, unknown>, filePath: absolute });
        store.set({ id, data, digest, filePath: file });
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
    },
  };
}

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
import { loadPackageRegions } from '../content-tree/region-package.ts';
import { mergeRegionFiles, type RegionFileInput } from '../model/region-registry.ts';
import { regionFileSchema } from '../schemas/region.ts';

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

/**
 * The regions collection: every region of idn-area-data with the files of
 * `content/regions/` laid over them, by the same merge as the content check
 * (src/model/region-registry.ts), so the check and the build know the same
 * regions. A file the merge rejects is left out; the check names it.
 */
export function regionsLoader(options: { contentDir: string }): Loader {
  return {
    name: 'warta-regions',
    async load({ store, config, parseData, generateDigest }) {
      const root = fileURLToPath(config.root);
      const [listing, packageRegions] = await Promise.all([listContent(options.contentDir, root), loadPackageRegions()]);
      const files: RegionFileInput[] = [];
      for (const { absolute, file, id } of listing.regions) {
        let raw: unknown;
        try {
          raw = parseYamlText(await readFile(absolute, 'utf8')) ?? {};
        } catch {
          continue; // a YAML problem: the content check reports it
        }
        const parsed = regionFileSchema.safeParse(raw);
        if (parsed.success) files.push({ id, file, data: parsed.data });
      }
      const fileOf = new Map(files.map((input) => [input.id, input.file]));
      const { regions } = mergeRegionFiles(packageRegions.regions, files);
      for (const [id, region] of regions) {
        const filePath = fileOf.get(id);
        // The file path counts too: a region with a file keeps its page (src/model/site-model.ts).
        const digest = generateDigest(JSON.stringify([region, filePath ?? null]));
        if (store.get(id)?.digest === digest) continue;
        const data = await parseData({ id, data: region as Record<string, unknown> });
        store.set({ id, data, digest, ...(filePath ? { filePath } : {}) });
      }
      for (const id of store.keys()) if (!regions.has(id)) store.delete(id);
    },
  };
}

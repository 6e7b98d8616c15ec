/**
 * `/api/redaksi/<action>`: the editor's questions to the dev server
 * (src/editor/server.ts). Dev only; never part of a build.
 */
import type { APIRoute } from 'astro';
import { listOptions, previewBadge, reportFile, saveImage } from '../server.ts';
import type { OptionSource } from '../client.ts';

export const prerender = false;

const SOURCES: readonly OptionSource[] = ['regions', 'authors', 'schemes', 'articles'];
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });

export const GET: APIRoute = async ({ params, url }) => {
  if (params.action === 'pilihan') {
    const source = url.searchParams.get('jenis') as OptionSource;
    if (!SOURCES.includes(source)) return json({ error: `jenis: ${SOURCES.join(', ')}` }, 400);
    return json(await listOptions(source));
  }
  if (params.action === 'periksa') {
    const file = url.searchParams.get('berkas') ?? '';
    const report = await reportFile(file);
    if (url.searchParams.get('generasi') === report.generation) return json({ unchanged: true });
    return json(report);
  }
  return json({ error: 'tidak dikenal' }, 404);
};

export const POST: APIRoute = async ({ params, request }) => {
  if (params.action === 'lencana') {
    const body = (await request.json()) as { artikel?: string; daerahArtikel?: string; claim?: unknown };
    return json(await previewBadge(body.artikel, body.claim, body.daerahArtikel || undefined));
  }
  if (params.action === 'gambar') {
    const form = await request.formData();
    const file = form.get('berkas');
    if (!(file instanceof File)) return json({ error: 'tidak ada berkas' }, 400);
    const article = String(form.get('artikel') ?? '') || undefined;
    return json(await saveImage(article, file.name, new Uint8Array(await file.arrayBuffer())));
  }
  return json({ error: 'tidak dikenal' }, 404);
};

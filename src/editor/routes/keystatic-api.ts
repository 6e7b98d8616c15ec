/**
 * Keystatic's local API, wrapped: a save that would rewrite an article the
 * editor cannot round-trip is refused with the reason (the file opened
 * read-only), and every save makes the content check run again so the form
 * shows its messages for the saved file. Dev only.
 */
import type { APIRoute } from 'astro';
import { makeHandler } from '@keystatic/astro/api';
// @ts-expect-error: provided by the editor integration (keystatic.config.ts)
import config from 'virtual:keystatic-config';
import { markContentChanged, readOnlyReasons } from '../server.ts';

export const prerender = false;

const keystatic = makeHandler({ config });

async function refusal(request: Request): Promise<string | undefined> {
  const body = (await request.clone().json()) as { additions?: { path: string }[]; deletions?: { path: string }[] };
  for (const change of [...(body.additions ?? []), ...(body.deletions ?? [])]) {
    if (!change.path.endsWith('.mdx')) continue;
    const reasons = await readOnlyReasons(change.path);
    if (reasons.length) return `${change.path} hanya baca di editor: ${reasons.join('; ')}`;
  }
  return undefined;
}

export const ALL: APIRoute = async (context) => {
  const isUpdate = context.request.method === 'POST' && context.params.params === 'update';
  if (isUpdate) {
    const reason = await refusal(context.request);
    if (reason) return new Response(reason, { status: 409, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  const response = await keystatic(context);
  if (isUpdate && response.ok) markContentChanged();
  return response;
};

/** `/redaksi/…`: the Indonesian entry to the editor; Keystatic's UI lives at /keystatic. Dev only. */
import type { APIRoute } from 'astro';

export const prerender = false;

export const GET: APIRoute = ({ params, redirect }) => {
  const rest = params.path ? `/${params.path}` : '';
  return redirect(rest ? `/keystatic${rest}` : '/keystatic/collection/berita', 302);
};

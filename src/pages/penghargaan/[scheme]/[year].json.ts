/**
 * A leaderboard as JSON (src/model/open-data.ts says how it is written); the
 * cache key is the digest of the bytes.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { leaderboardData, leaderboardEditions } from '../../../data/open-data.ts';

export const getStaticPaths = (async () =>
  Promise.all(
    (await leaderboardEditions()).map(async ({ scheme, year }) => ({
      params: { scheme, year: String(year) },
      cacheKey: (await leaderboardData(scheme, year)).key,
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const data = await leaderboardData(params.scheme!, Number(params.year));
  return new Response(data.json, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};

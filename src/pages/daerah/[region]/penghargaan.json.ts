/**
 * A region's award history as JSON, for every region with at least one result
 * (src/model/open-data.ts says how it is written); the cache key is the
 * digest of the bytes.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { regionData, regionsWithAwards } from '../../../data/open-data.ts';

export const getStaticPaths = (async () =>
  Promise.all(
    (await regionsWithAwards()).map(async (region) => ({
      params: { region },
      cacheKey: (await regionData(region)).key,
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const data = await regionData(params.region!);
  return new Response(data.json, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};

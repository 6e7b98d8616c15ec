/** A leaderboard as JSON (src/model/open-data.ts says how it is written). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { leaderboardData, leaderboardPaths, openDataResponse } from '../../../astro-glue/open-data.ts';

export const getStaticPaths = leaderboardPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => openDataResponse(await leaderboardData(params.scheme!, Number(params.year)), 'json');

/** A region's award history as CSV (src/model/open-data.ts says how it is written). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { openDataResponse, regionData, regionHistoryPaths } from '../../../astro-glue/open-data.ts';

export const getStaticPaths = regionHistoryPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => openDataResponse(await regionData(params.region!), 'csv');

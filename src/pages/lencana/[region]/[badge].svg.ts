/**
 * Embeddable badges: `/lencana/<region>/<scheme>-<year>.svg`, one per computed
 * award, written at build time as self-contained SVG files.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { ComputedAward } from '../../../model/awards/engine.ts';
import { renderBadgeSvg } from '../../../model/awards/badge-svg.ts';
import { awardUrls, getAwards, schemeOf } from '../../../astro-glue/awards.ts';
import { getSite } from '../../../astro-glue/site.ts';
import { SITE_NAME } from '../../../site-config.ts';
import { awardsKeyPart } from '../../../astro-glue/page-keys.ts';
import { digestOf } from '../../../astro-glue/page-key.ts';

export const getStaticPaths = (async () => {
  const awards = await getAwards();
  return Promise.all(
    awards.awards.map(async (award) => ({
      params: { region: award.region, badge: `${award.scheme}-${award.year}` },
      props: { award },
      cacheKey: digestOf(await awardsKeyPart([award])),
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ award: ComputedAward }> = async ({ props, site }) => {
  const { award } = props;
  const [awards, siteModel] = await Promise.all([getAwards(), getSite()]);
  const region = siteModel.regions.get(award.region);
  const svg = renderBadgeSvg({
    award,
    scheme: schemeOf(awards, award),
    regionName: region?.name ?? award.region,
    siteName: SITE_NAME,
    pageUrl: site ? new URL(awardUrls.region(award.region), site).href : undefined,
  });
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};

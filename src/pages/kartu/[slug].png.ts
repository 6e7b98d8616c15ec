/**
 * Badge cards: `/kartu/<slug>.png`, the Open Graph / Twitter image of each
 * published article that reports an award (src/astro-glue/badge-cards.ts). The
 * cacheKey is the digest of the card's inputs, so a rebuild reuses an
 * unchanged card, and a changed one is drawn once per distinct digest.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { badgeCardPng, getBadgeCards, type BadgeCard } from '../../astro-glue/badge-cards.ts';

export const getStaticPaths = (async () => {
  const cards = await getBadgeCards();
  return [...cards.values()].map((card) => ({ params: { slug: card.slug }, props: { card }, cacheKey: card.digest }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: BadgeCard }> = async ({ props }) => {
  const png = await badgeCardPng(props.card);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};

/**
 * Turns what journalists wrote (front matter `awards:` items) into award
 * sources for the engine. The content check passes every article, so drafts
 * must agree too; the site passes only published ones, so badges, histories
 * and leaderboards follow the publish rule.
 */
import type { AwardProvenance, AwardSource } from './engine.ts';
import type { AwardClaim } from '../../schemas/article.ts';

export interface ArticleAwards {
  slug: string;
  file: string;
  region?: string | undefined;
  awards: AwardClaim[];
  /** Line of `awards[i]` in the file, when known. */
  lineOf?: ((index: number) => number | undefined) | undefined;
}

/** Where claim `index` was written; its line is found only when a problem asks (it re-parses the front matter). */
function articleProvenance(article: ArticleAwards, index: number): AwardProvenance {
  let line: number | undefined | null = null;
  return {
    kind: 'article',
    file: article.file,
    slug: article.slug,
    field: `awards[${index}]`,
    get line() {
      if (line === null) line = article.lineOf?.(index);
      return line;
    },
  };
}

export function decideArticleAwardSources(articles: Iterable<ArticleAwards>): AwardSource[] {
  const sources: AwardSource[] = [];
  for (const article of articles) {
    article.awards.forEach((claim, index) => {
      const region = claim.region ?? article.region;
      if (!region) return; // the schema reports the missing region
      sources.push({
        scheme: claim.scheme,
        year: claim.year,
        region,
        score: claim.score,
        result: claim.result,
        zone: claim.zone,
        grade: claim.grade,
        decree: claim.decree,
        provenance: articleProvenance(article, index),
      });
    });
  }
  return sources;
}

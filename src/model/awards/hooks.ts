/**
 * The contract's `data-*` hooks for an award result, in one place: badges,
 * inline Lencana and leaderboard rows all spread this object, so outside tools
 * and tests read the same attributes wherever an award is rendered.
 */
import type { ComputedAward } from './engine.ts';

export interface AwardHooks {
  'data-award': '';
  'data-scheme': string;
  'data-year': number;
  'data-region': string;
  /** Empty where the edition has no grades. */
  'data-grade': string;
  /** `hijau`, `kuning`, `merah` or empty. */
  'data-zone': string;
  /** Dot decimal as published; absent for category results. */
  'data-score'?: string | undefined;
  /** Whole years, at least 1. */
  'data-streak': number;
}

export function decideAwardHooks(award: ComputedAward): AwardHooks {
  return {
    'data-award': '',
    'data-scheme': award.scheme,
    'data-year': award.year,
    'data-region': award.region,
    'data-grade': award.grade,
    'data-zone': award.zone,
    'data-score': award.kind === 'scored' ? award.scoreText : undefined,
    'data-streak': award.streak,
  };
}

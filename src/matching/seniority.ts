// Seniority named in a query ("junior", "mid-level", "8 years experience") and the level a family
// offers that comes closest to it.
import type { Seniority } from '../catalog/schema.ts';
import { ownValue } from './normalize.ts';

export const SENIORITY_WORDS: Record<string, Exclude<Seniority, 'any'>> = {
  junior: 'junior',
  graduate: 'junior',
  grad: 'junior',
  entrylevel: 'junior',
  intern: 'junior',
  internship: 'junior',
  trainee: 'junior',
  apprentice: 'junior',
  beginner: 'junior',
  newbie: 'junior',
  mid: 'mid',
  midlevel: 'mid',
  intermediate: 'mid',
  middle: 'mid',
  // Job ladders: Engineer II is mid-level, III and up senior. "I" alone is too often the pronoun,
  // and bare digits are head counts ("4 backend devs"), so neither is read as a level.
  ii: 'mid',
  iii: 'senior',
  iv: 'senior',
  senior: 'senior',
  lead: 'senior',
  principal: 'senior',
  seasoned: 'senior',
  experienced: 'senior',
  veteran: 'senior',
};

/** The level a word names, if any: own entries only, so 'constructor' is not read off the prototype. */
export const seniorityWord = (word: string): Exclude<Seniority, 'any'> | undefined => ownValue(SENIORITY_WORDS, word);

const YEARS =
  /\b(\d{1,2})(?:\s*(?:to|-)?\s*(\d{1,2}))?\s*(?:plus\s*)?(?:year|yr|yrs|yoe|y)\b(?:\s*(?:of\s*)?(?:experience|exp))?/;

export const LEVEL_ORDER: Exclude<Seniority, 'any'>[] = ['junior', 'mid', 'senior'];
export const LEVEL_NAMES: Record<Seniority, string> = {
  junior: 'Junior',
  mid: 'Mid-Level',
  senior: 'Senior',
  any: 'All levels',
};

export function levelForYears(years: number): Exclude<Seniority, 'any'> {
  if (years <= 2) return 'junior';
  return years <= 6 ? 'mid' : 'senior';
}

/** Takes a normalised query; returns the level it names, if any, and the query without those words. */
export function extractSeniority(normalized: string): { level?: Exclude<Seniority, 'any'>; rest: string } {
  let level: Exclude<Seniority, 'any'> | undefined;
  let rest = normalized;
  const years = YEARS.exec(rest);
  if (years) {
    level = levelForYears(Number(years[1]));
    rest = rest.replace(years[0], ' ');
  }
  const kept = rest.split(' ').filter((token) => {
    const named = seniorityWord(token);
    if (!named) return true;
    level ??= named;
    return false;
  });
  return {
    level,
    rest: kept
      .filter((t) => t !== 'level' && t !== 'experience')
      .join(' ')
      .trim(),
  };
}

/** The family's level closest to the one asked for (ties go to the more senior level). */
export function nearestLevel<T extends { seniority: Seniority }>(levels: T[], wanted: Exclude<Seniority, 'any'>): T {
  const rank = (s: Seniority) => (s === 'any' ? 1 : LEVEL_ORDER.indexOf(s));
  const target = rank(wanted);
  return [...levels].sort(
    (a, b) =>
      Math.abs(rank(a.seniority) - target) - Math.abs(rank(b.seniority) - target) ||
      rank(b.seniority) - rank(a.seniority),
  )[0]!;
}

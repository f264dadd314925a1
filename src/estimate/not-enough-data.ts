// What the bot says for an O*NET occupation it cannot estimate: what is known, and why no score.
import type { Occupation } from './occupation-data.ts';

export function notEnoughDataMessage(o: Occupation): string {
  const known: string[] = [];
  if (o.projection?.changePct != null)
    known.push(
      `BLS projects ${o.projection.changePct > 0 ? '+' : ''}${o.projection.changePct}% employment change 2024–34 for its group`,
    );
  if (o.applicabilityPercentile !== null)
    known.push(
      `Microsoft 2025 rates its group's AI applicability higher than ${o.applicabilityPercentile}% of occupations`,
    );
  return `${o.title} (O*NET ${o.code}): not enough data to estimate. O*NET lists no tasks for it, so there is no score.${known.length ? ` What is known: ${known.join('; ')}.` : ''}`;
}

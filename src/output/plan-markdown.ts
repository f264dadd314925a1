// The 12-week plan as a Markdown document a person can keep (`plan --markdown`).
import { usd } from '../engine/market.ts';
import type { PlanDoc } from './documents.ts';

/** Markdown treats these as syntax; role and task names are plain text. */
const plain = (text: string) => text.replace(/([\\`*_[\]<>#|])/g, '\\$1');

export function planMarkdown(plan: PlanDoc): string {
  const staying = plan.from.id === plan.to.id;
  const lines = [
    `# 12-week plan: ${plain(plan.from.title)} → ${plain(plan.to.title)}`,
    '',
    staying
      ? `No safer move shares enough with ${plain(plan.from.title)}, so this plan makes the most of the role itself.`
      : `Score ${plan.from.score.toFixed(1)} → ${plan.to.score.toFixed(1)} (${plan.move && plan.move.gain >= 0 ? '+' : ''}${plan.move?.gain.toFixed(1) ?? '0'} points).`,
  ];
  const m = plan.move;
  if (m && !staying) {
    lines.push('');
    if (m.wage)
      lines.push(
        `- Median pay: ${usd(m.wage.from)} → ${usd(m.wage.to)} (${m.wage.change > 0 ? '+' : ''}${m.wage.change}%)`,
      );
    if (m.education) lines.push(`- Typical entry education: ${plain(m.education)}`);
    if (m.jobZone) lines.push(`- Job Zone: ${m.jobZone.from} → ${m.jobZone.to}`);
    if (m.sharedSkills.length) lines.push(`- Carries over: ${m.sharedSkills.map(plain).join(', ')}`);
    for (const c of m.caveats) lines.push(`- Note: ${plain(c)}`);
  }
  let focus = '';
  for (const w of plan.weeks) {
    if (w.focus !== focus) lines.push('', `## ${plain(w.focus)}`);
    focus = w.focus;
    lines.push('', `### Week ${w.week}`, '');
    for (const step of w.steps) lines.push(`- [ ] ${plain(step)}`);
    lines.push('', `_Why: ${w.basis.map(plain).join('; ')}_`);
  }
  lines.push(
    '',
    '---',
    '',
    'Made by career-bot from its role assessments, O*NET 30.1 (CC BY 4.0) and the U.S. Bureau of Labor Statistics Employment Projections 2024–34.',
  );
  return `${lines.join('\n')}\n`;
}

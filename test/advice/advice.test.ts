import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCommand, runCommand } from '../../commands/index.ts';
import { DEFAULT_DATA_DIR } from '../../scripts/build-data.ts';
import { adviceOf } from '../../src/advice/role-advice.ts';
import type { riskDoc as riskDocument } from '../../src/output/documents.ts';
import { toPlainText } from '../../src/output/reply.ts';
import { realCatalog } from '../helpers.ts';

const catalog = realCatalog();
const riskDoc = (role: string) =>
  runCommand(findCommand('risk')!, { role }, catalog).doc as ReturnType<typeof riskDocument> & {
    advice: ReturnType<typeof adviceOf>;
    market: { education: string; medianWage: number; projectedChange: number; openings: number; source: string };
  };

describe('GIVEN risk "backend developer" --json', () => {
  const doc = riskDoc('backend developer');
  it('THEN it carries the outlook, skills in three groups and positioning from the role file', () => {
    const role = catalog.get(doc.role.id)!;
    expect(doc.advice.outlook).toEqual(role.outlook);
    expect(doc.advice.skillsToLearn.aiTools.length).toBeGreaterThan(0);
    expect(doc.advice.skillsToLearn.technical.length).toBeGreaterThan(0);
    expect(doc.advice.positioning.length).toBeGreaterThan(0);
    expect(doc.advice.whoShouldWorry).toBe(role.commentary.whoShouldWorry);
    // The skills come from the role file's own three groups.
    expect(doc.advice.skillsToLearn).toEqual(role.skillsToLearn);
  });
  it('THEN market facts are the BLS figures for software developers', () => {
    expect(doc.market.education).toBe("Bachelor's degree");
    expect(doc.market.medianWage).toBeGreaterThan(50_000);
    expect(typeof doc.market.projectedChange).toBe('number');
    expect(doc.market.source).toMatch(/Bureau of Labor Statistics/);
  });
  it('THEN the first answer does not get longer: the card text shows none of the advice', () => {
    const text = toPlainText(runCommand(findCommand('risk')!, { role: 'backend developer' }, catalog).reply);
    expect(text).not.toContain(doc.advice.outlook!.nearTerm);
  });
});

describe.skipIf(!existsSync(DEFAULT_DATA_DIR))('GIVEN the BLS table in the public data', () => {
  it('THEN the market facts of a few roles equal its row', () => {
    const rows = readFileSync(join(DEFAULT_DATA_DIR, 'bls-projections', 'occupation_table_1_2.tsv'), 'utf8').split(
      '\n',
    );
    for (const [role, nem] of [
      ['backend developer', '15-1252'],
      ['registered nurse', '29-1141'],
      ['Data Entry Keyers', '43-9021'],
    ] as const) {
      const cells = rows.find((r) => r.split('\t')[1] === nem)!.split('\t');
      const m = riskDoc(role).market;
      expect(m.projectedChange, role).toBe(Number(cells[8]));
      expect(m.openings, role).toBe(Math.round(Number(cells[10]) * 1000));
      expect(m.medianWage, role).toBe(Number(cells[11]));
      expect(m.education, role).toBe(cells[12]);
    }
  });
});

describe('GIVEN an estimated role (registered nurse)', () => {
  const doc = riskDoc('registered nurse');
  const role = catalog.get(doc.role.id)!;
  it('THEN its advice comes from its own data: BLS outlook, its activities and tasks', () => {
    expect(doc.advice.outlook?.nearTerm).toContain(`${doc.market.projectedChange}%`);
    const names = role.tasks.map((t) => t.name);
    for (const t of [...doc.advice.skillsToLearn.technical, ...doc.advice.skillsToLearn.human])
      expect(
        names.some((n) => n.startsWith(t.replace(/…$/, ''))),
        t,
      ).toBe(true);
    for (const a of doc.advice.skillsToLearn.aiTools) expect(a).toMatch(/^AI tools for: /);
  });
  it('THEN the advice view shows outlook, skills and market facts', () => {
    const text = toPlainText(runCommand(findCommand('advice')!, { role: 'registered nurse' }, catalog).reply);
    expect(text).toContain('Median pay');
    expect(text).toContain('Next 1–2 years');
    expect(text).toContain('AI tools to adopt');
    expect(text).toContain('Source: U.S. Bureau of Labor Statistics');
  });
});

describe('GIVEN every role in the catalog', () => {
  it('THEN advice never carries an empty string and market facts carry their source', () => {
    for (const role of catalog.roles) {
      const a = adviceOf(catalog, role);
      const strings = [
        ...Object.values(a.skillsToLearn).flat(),
        ...a.positioning,
        a.whoShouldWorry ?? 'x',
        a.notCaptured ?? 'x',
        a.outlook?.nearTerm ?? 'x',
      ];
      for (const s of strings) expect(s.trim().length, role.id).toBeGreaterThan(0);
      expect(JSON.stringify(a), role.id).not.toMatch(/further tasks \(combined\)/);
    }
  });
});

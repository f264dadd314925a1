import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { coversOccupation } from '../../src/estimate/title-claims.ts';
import { describe, expect, it } from 'vitest';
import { CatalogError, loadRoleFiles } from '../../src/catalog/load.ts';
import { DEFAULT_ROLES_DIR } from '../../src/load-catalog.ts';
import { realCatalog } from '../helpers.ts';

const backend = readFileSync(join(DEFAULT_ROLES_DIR, 'backend-developer.yaml'), 'utf8');
const devsecops = readFileSync(join(DEFAULT_ROLES_DIR, 'devsecops-engineer.yaml'), 'utf8');

/** Writes the given files to a fresh directory and returns the problems the loader reports. */
function problemsFor(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'roles-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  try {
    loadRoleFiles(dir);
  } catch (e) {
    expect(e).toBeInstanceOf(CatalogError);
    return (e as CatalogError).problems;
  }
  throw new Error('expected the catalog to be rejected');
}
// A stand-alone copy of DevSecOps whose transitions point nowhere else.
const standalone = devsecops.replace(/ {4}transitions:\n[\s\S]*$/, '    transitions: []\n');

describe('GIVEN a broken role file THEN loading stops and names the file, the field and the reason', () => {
  it('GIVEN task shares that sum to 95 THEN it says so for that level', () => {
    const [p] = problemsFor({
      'x.yaml': standalone.replace(
        'share: 20, score: 2, why: "AI writes pipeline',
        'share: 15, score: 2, why: "AI writes pipeline',
      ),
    });
    expect(p).toEqual({
      file: expect.stringContaining('x.yaml'),
      field: 'levels[0].tasks',
      message: 'task shares sum to 95, not 100',
    });
  });

  it('GIVEN a task scored 6 THEN the task score field is named', () => {
    const problems = problemsFor({ 'x.yaml': standalone.replace('share: 20, score: 2,', 'share: 20, score: 6,') });
    expect(problems[0]).toMatchObject({ field: 'levels[0].tasks[0].score', message: expect.stringMatching(/5/) });
  });

  it('GIVEN an evidence item of +3 THEN the evidence item is named', () => {
    const problems = problemsFor({
      'x.yaml': standalone.replace('jobPostings: { score: 1,', 'jobPostings: { score: 3,'),
    });
    expect(problems[0]).toMatchObject({ field: 'levels[0].evidence.jobPostings.score' });
  });

  it('GIVEN a missing growth rationale THEN it says the field is missing', () => {
    const problems = problemsFor({ 'x.yaml': standalone.replace(/ {4}growth: \{[^\n]*\n/, '') });
    expect(problems).toContainEqual(
      expect.objectContaining({ field: 'levels[0].growth', message: expect.stringContaining('missing') }),
    );
  });

  it('GIVEN an evidence item without a source THEN the source field is named with what to write', () => {
    const problems = problemsFor({
      'x.yaml': standalone.replace(/(jobPostings: \{[^\n]*?), source: "[^"]*" \}/, '$1 }'),
    });
    expect(problems).toEqual([
      expect.objectContaining({
        field: 'levels[0].evidence.jobPostings.source',
        message: expect.stringContaining('"judgement"'),
      }),
    ]);
  });

  it('GIVEN skills to learn with an empty human group THEN the group is named', () => {
    const problems = problemsFor({
      'x.yaml': standalone.replace(/( {2,})human:\n(\1 {2}- [^\n]*\n)+/, '$1human: []\n'),
    });
    expect(problems[0]).toMatchObject({
      field: expect.stringMatching(/skillsToLearn\.human$/),
      message: expect.stringContaining('human skill'),
    });
  });

  it('GIVEN a transition to an unknown role THEN the transition is named with the unknown id', () => {
    const problems = problemsFor({
      'x.yaml': standalone.replace('transitions: []', 'transitions: [{ to: astronaut, why: "Space is big." }]'),
    });
    expect(problems[0]).toMatchObject({
      field: expect.stringContaining('transitions[0].to'),
      message: expect.stringContaining('"astronaut"'),
    });
  });

  it('GIVEN two files with the same family id THEN the duplicate id is reported', () => {
    const problems = problemsFor({
      'a.yaml': standalone,
      'b.yaml': standalone.replace(/aliases:\n( {2}- .*\n)+/, 'aliases: []\n'),
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: expect.stringContaining('b.yaml'),
        message: expect.stringContaining('already used'),
      }),
    );
  });

  it('GIVEN an alias claimed by two families THEN both files are named', () => {
    const other = standalone
      .replace('family: devsecops-engineer', 'family: other-role')
      .replace('title: DevSecOps Engineer', 'title: Other Role')
      .replace(/aliases:\n( {2}- .*\n)+/, 'aliases: [DevSecOps]\n');
    const problems = problemsFor({ 'a.yaml': standalone, 'b.yaml': other });
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: expect.stringContaining('b.yaml'),
        field: 'aliases',
        message: expect.stringMatching(/"DevSecOps" is already claimed by .*a\.yaml/),
      }),
    );
  });

  it('GIVEN invalid YAML THEN the line is named', () => {
    const problems = problemsFor({ 'x.yaml': 'family: x\n  title: [unclosed\n' });
    expect(problems[0]!.field).toMatch(/^line \d+/);
    expect(problems[0]!.message).toMatch(/not valid YAML/);
  });

  it('GIVEN an unknown field THEN the field is named rather than ignored', () => {
    const problems = problemsFor({
      'x.yaml': standalone.replace('family: devsecops-engineer', 'family: devsecops-engineer\ncolour: blue'),
    });
    expect(problems[0]).toMatchObject({ field: '(file)', message: expect.stringContaining('colour') });
  });

  it('GIVEN several broken files THEN every problem is reported, not just the first', () => {
    const problems = problemsFor({
      'a.yaml': standalone.replace('share: 20, score: 2,', 'share: 20, score: 9,'),
      'b.yaml': backend.replace('family: backend-developer', 'family: Backend Dev'),
    });
    expect(new Set(problems.map((p) => p.file.split('/').pop()))).toEqual(new Set(['a.yaml', 'b.yaml']));
  });
});

describe('GIVEN the catalog with O*NET estimates', () => {
  const catalog = realCatalog();
  it('THEN "registered nurse" resolves to the estimated Registered Nurses with a confidence', () => {
    const role = catalog.resolve('registered nurse').role;
    expect(role).toMatchObject({ onet: '29-1141.00', basis: 'estimated', seniority: 'any' });
    expect(['high', 'medium', 'low']).toContain(role.confidence);
  });
  it('THEN "backend developer" is still the hand-assessed 24.5', () => {
    const role = catalog.resolve('backend developer').role;
    expect(role.basis).toBe('assessed');
    expect(catalog.score(role).score).toBe(24.5);
  });
  it('THEN no estimated role takes an O*NET code a hand-assessed family covers whole, and only niche-carried codes get one', () => {
    const assessed = catalog.roles.filter((r) => r.basis === 'assessed');
    const covered = new Set(
      assessed
        .filter((r) => coversOccupation(r, catalog.estimates!.occupations.get(r.onet ?? '') ?? { title: '' }))
        .map((r) => r.onet),
    );
    expect(covered).toEqual(new Set(['15-1252.00', '15-2051.00', '15-1242.00', '15-1299.04', '27-3042.00']));
    expect(catalog.roles.filter((r) => r.basis === 'estimated' && covered.has(r.onet))).toEqual([]);
    expect(catalog.get('onet-15-1254-00')?.basis).toBe('estimated');
  });
  it('THEN an occupation without tasks answers not_enough_data, not a score', () => {
    const noTasks = [...catalog.estimates!.occupations.values()].find((o) => o.taskCount === 0)!;
    expect(() => catalog.resolve(noTasks.title)).toThrow(
      expect.objectContaining({
        code: 'not_enough_data',
        message: expect.stringContaining('not enough data to estimate'),
      }),
    );
  });
  it('THEN estimated transitions lead only to known, higher-scoring roles', () => {
    const nurse = catalog.resolve('registered nurse').role;
    for (const t of nurse.transitions) {
      const target = catalog.get(t.to)!;
      expect(catalog.score(target).score).toBeGreaterThan(catalog.score(nurse).score);
    }
  });
});

describe('GIVEN the validated-catalog cache', () => {
  it('GIVEN a catalog loaded twice THEN the second load returns the same roles', () => {
    const dir = mkdtempSync(join(tmpdir(), 'roles-'));
    writeFileSync(join(dir, 'x.yaml'), standalone);
    const first = loadRoleFiles(dir);
    const second = loadRoleFiles(dir);
    expect(second.roles).toEqual(first.roles);
    expect([...second.defaults]).toEqual([...first.defaults]);
  });

  it('GIVEN a file broken after a good load THEN the cache is not used and loading stops', () => {
    const dir = mkdtempSync(join(tmpdir(), 'roles-'));
    writeFileSync(join(dir, 'x.yaml'), standalone);
    loadRoleFiles(dir);
    writeFileSync(join(dir, 'x.yaml'), standalone.replace('share: 20, score: 2,', 'share: 20, score: 7,'));
    expect(() => loadRoleFiles(dir)).toThrow(CatalogError);
  });
});

import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildOccupations,
  buildTitles,
  DEFAULT_DATA_DIR,
  OUTPUT,
  serialise,
  serialiseTitles,
  TITLES_OUTPUT,
} from '../../scripts/build-data.ts';
import { readOccupationFile } from '../../src/estimate/load.ts';

const file = readOccupationFile();

describe('GIVEN the committed data/occupations.json', () => {
  it('THEN it holds all 1,016 O*NET 30.1 occupations', () => {
    expect(file.occupations).toHaveLength(1016);
    expect(new Set(file.occupations.map((o) => o.code)).size).toBe(1016);
  });
  it('THEN its join counts are the figures the data READMEs state', () => {
    // Tasks/labels/beta: 923 data-level codes; work context 873 by title; BLS 997 via the crosswalk; Microsoft 950.
    expect(file.counts).toMatchObject({
      withTasks: 923,
      withLabels: 923,
      withBeta: 923,
      withJobZone: 923,
      withWorkContext: 873,
      withProjection: 997,
      withApplicability: 950,
    });
  });
  it('THEN the counts printed agree with the occupations in the file', () => {
    expect(file.occupations.filter((o) => o.taskCount > 0)).toHaveLength(file.counts.withTasks!);
    expect(file.occupations.filter((o) => o.applicability !== null)).toHaveLength(file.counts.withApplicability!);
  });
  it('THEN every occupation with tasks has shares summing to 100', () => {
    for (const o of file.occupations.filter((x) => x.tasks.length)) {
      expect(
        o.tasks.reduce((a, t) => a + t.share, 0),
        o.code,
      ).toBeCloseTo(100, 6);
    }
  });
});

it('GIVEN the data files THEN they are ASCII, with \\u escapes, so the bot reads each as a one-byte string', () => {
  for (const file of [OUTPUT, TITLES_OUTPUT]) expect(readFileSync(file, 'utf8')).not.toMatch(/[\u0080-\uffff]/);
  expect(JSON.stringify(readOccupationFile())).toContain('voice\u2013activated');
});

describe.skipIf(!existsSync(DEFAULT_DATA_DIR))('GIVEN the public data sets in ../shared/data', () => {
  it('THEN re-running the build gives a byte-identical file', async () => {
    expect(serialise(await buildOccupations(DEFAULT_DATA_DIR))).toBe(readFileSync(OUTPUT, 'utf8'));
  }, 60_000);
  it('THEN the title file is byte-identical too and counts every title string (1,016 + 56,505 + 3,866 short + 7,955 reported)', () => {
    const titles = buildTitles(DEFAULT_DATA_DIR);
    expect(titles.strings).toBe(1016 + 56505 + 3866 + 7955);
    expect(serialiseTitles(titles)).toBe(readFileSync(TITLES_OUTPUT, 'utf8'));
  }, 60_000);
});

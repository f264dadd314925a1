// `career-bot changes` (in-process, each run loading the catalog as the binary does): the version it
// prints, then a role re-assessed in a copy of the catalog, then `--since` that version lists the
// role with its old and new scores.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

const work = mkdtempSync(join(tmpdir(), 'career-bot-changes-'));
const roles = join(work, 'roles');
cpSync(fileURLToPath(new URL('../../roles', import.meta.url)), roles, { recursive: true });
const env = { ROLES_DIR: roles, DATA_DIR: join(work, 'data') };

afterAll(() => rmSync(work, { recursive: true, force: true }));

const run = async (args: string[]) => {
  const r = await runCli(args, { env });
  return { code: r.code, out: r.stdout, err: r.stderr };
};

describe('GIVEN career-bot changes', () => {
  it('THEN --since an earlier version lists the re-assessed role with old and new scores', async () => {
    const first = await run(['changes', '--json']);
    expect(first.code).toBe(0);
    const version = (JSON.parse(first.out) as { version: string }).version;
    const file = join(roles, 'backend-developer.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        /jobPostings: \{ score: 0, why: "Mid-level backend postings are roughly flat[^}]*\}/,
        'jobPostings: { score: 2, why: "Backend postings grew sharply in the latest data release.", source: "judgement" }',
      ),
    );
    const later = await run(['changes', '--since', version, '--json']);
    expect(later.code).toBe(0);
    const doc = JSON.parse(later.out) as {
      version: string;
      changes: { id: string; before: { score: number }; after: { score: number } }[];
    };
    expect(doc.version).not.toBe(version);
    const backend = doc.changes.find((c) => c.id === 'backend-developer-mid')!;
    expect(backend.before.score).toBe(24.5);
    expect(backend.after.score).toBeGreaterThan(24.5);
    expect(doc.changes).toHaveLength(1);
    const text = await run(['changes', '--since', version]);
    expect(text.out).toContain('Backend postings grew sharply');
  });

  it('THEN an unknown or malformed version is a usage error, never a file path', async () => {
    const bad = await run(['changes', '--since', '../../etc/passwd', '--json']);
    expect(bad.code).toBe(2);
    expect(JSON.parse(bad.out)).toMatchObject({ error: { code: 'bad_input' } });
  });
});

// The command line as people and scripts use it: real exit codes, real JSON. What a command answers
// is checked in-process (one catalog for the file); the real binary runs where only a process can
// show it: the exit status of an answer and of a miss, and the chat reading its stdin.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { realCatalog } from '../helpers.ts';
import { chatIn, runBin, runCli } from './run-cli.ts';

const catalog = realCatalog();
const cli = (args: string[]) => runCli(args, { catalog });
const json = async (args: string[]) => {
  const r = await cli([...args, '--json']);
  return { code: r.code, doc: JSON.parse(r.stdout) };
};

// The processes start with the file and run on the other core while the in-process tests run.
const binAnswer = runBin(['risk', 'backend developer', '--json']);
const binMiss = runBin(['risk', 'xyzzy plugh', '--json']);
const CHAT_LINES = [
  'how exposed are backend developers?',
  'and for seniors?',
  'what about mobile?',
  'compare it with web dev',
  'where could they go?',
  'quit',
];
// The real binary: `chat` reads its stdin to the end and exits 0.
const binChat = runBin(['chat'], { input: `${CHAT_LINES.join('\n')}\n` });

describe('GIVEN the real binary', () => {
  it('GIVEN risk "backend developer" --json THEN one JSON document, 24.5, exit 0', async () => {
    const r = await binAnswer;
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ kind: 'risk', score: 24.5, role: { id: 'backend-developer-mid' } });
  });
  it('GIVEN nonsense THEN exit 3 with no_match, and no stack trace', async () => {
    const r = await binMiss;
    expect(r.code).toBe(3);
    expect(JSON.parse(r.stdout).error.code).toBe('no_match');
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});

describe('GIVEN career-bot risk --json', () => {
  it('GIVEN "backend developer" THEN 24.5, red, the published dimensions and split, exit 0', async () => {
    const { code, doc } = await json(['risk', 'backend developer']);
    expect(code).toBe(0);
    expect(doc).toMatchObject({
      kind: 'risk',
      score: 24.5,
      zone: 'red',
      role: { id: 'backend-developer-mid', seniority: 'mid', onet: '15-1252.00' },
      dimensions: { taskResistance: 3.05, evidence: -4, barriers: 1, protective: 2, growth: -1 },
      split: { displaced: 30, augmented: 70, notInvolved: 0 },
      basis: 'assessed',
    });
  });
  it('GIVEN "Backend Engineer" and "server-side developer" THEN both resolve to the same role', async () => {
    const [a, b] = await Promise.all([json(['risk', 'Backend Engineer']), json(['risk', 'server-side developer'])]);
    expect(a.doc.role.id).toBe('backend-developer-mid');
    expect(b.doc.role.id).toBe(a.doc.role.id);
  });
  it('GIVEN security software developer THEN 51.5, green, Transforming', async () => {
    const { doc } = await json(['risk', 'security software developer']);
    expect(doc).toMatchObject({ score: 51.5, zone: 'green', label: 'Green (Transforming)' });
  });
  it('GIVEN nonsense THEN exit 3 with no_match', async () => {
    const { code, doc } = await json(['risk', 'xyzzy plugh']);
    expect(code).toBe(3);
    expect(doc.error.code).toBe('no_match');
  });
  it('GIVEN an empty role THEN exit 2 with a JSON error message', async () => {
    const { code, doc } = await json(['risk', '']);
    expect(code).toBe(2);
    expect(doc.error).toMatchObject({ code: 'bad_input', message: expect.any(String) });
  });
});

describe('GIVEN career-bot compare and transition', () => {
  it('GIVEN backend developer and security software developer THEN wins a 0, b 4, ties 1', async () => {
    const { code, doc } = await json(['compare', 'backend developer', 'security software developer']);
    expect(code).toBe(0);
    expect(doc.wins).toEqual({ a: 0, b: 4, ties: 1 });
  });
  it('GIVEN one argument "A vs B" THEN it is split into two roles', async () => {
    const { doc } = await json(['compare', 'backend developer vs devsecops']);
    expect([doc.a.role.id, doc.b.role.id]).toEqual(['backend-developer-mid', 'devsecops-engineer']);
  });
  it('GIVEN transition backend developer THEN Senior Software Engineer +30.9, DevSecOps and Security Software Developer, all higher', async () => {
    const { doc } = await json(['transition', 'backend developer']);
    const titles = doc.suggestions.map((s: { role: { title: string } }) => s.role.title);
    expect(titles.slice(0, 3)).toEqual([
      'Senior Software Engineer (7+ years)',
      'DevSecOps Engineer',
      'Security Software Developer (Mid-Level)',
    ]);
    expect(doc.suggestions[0].gain).toBe(30.9);
    expect(doc.suggestions[2].tasksLost).toHaveLength(2);
    for (const s of doc.suggestions) expect(s.score).toBeGreaterThan(doc.from.score);
  });
});

describe('GIVEN text output, usage errors and the chat', () => {
  it('GIVEN risk without --json THEN a readable card', async () => {
    const { code, stdout } = await cli(['risk', 'backend', 'developer']);
    expect(code).toBe(0);
    expect(stdout).toContain('Backend/API Developer (Mid-Level)');
    expect(stdout).toContain('24.5 / 100  Red');
  });
  it('GIVEN risk "backend developer" THEN the card is at most 20 lines and --full adds the reasons and the advice', async () => {
    const [card, full] = await Promise.all([
      cli(['risk', 'backend developer']),
      cli(['risk', 'backend developer', '--full']),
    ]);
    expect(card.stdout.trimEnd().split('\n').length).toBeLessThanOrEqual(20);
    expect(card.stdout).toContain('24.5');
    expect(card.stdout).not.toContain('Employers cite AI coding tools');
    expect(full.code).toBe(0);
    expect(full.stdout.trimEnd().split('\n').length).toBeGreaterThan(40);
    expect(full.stdout).toContain('Company actions: −1. Employers cite AI coding tools');
    expect(full.stdout).toContain('Technical skills to learn');
    expect(full.stdout).toContain('Next 1–2 years');
  });
  it('GIVEN --why THEN every item behind the score, with its reason', async () => {
    const { code, stdout } = await cli(['risk', 'backend developer', '--why']);
    expect(code).toBe(0);
    expect(stdout).toContain('Why Backend/API Developer (Mid-Level) scores 24.5');
    for (const name of ['Job posting trends', 'Regulatory / licensing', 'Embodied physicality', 'AI growth:'])
      expect(stdout).toContain(name);
  });
  it('GIVEN --full or --why with --json THEN the same document as without', async () => {
    const [plain, full, why] = await Promise.all([
      json(['risk', 'backend developer']),
      json(['risk', 'backend developer', '--full']),
      json(['risk', 'backend developer', '--why']),
    ]);
    expect(full.doc).toEqual(plain.doc);
    expect(why.doc).toEqual(plain.doc);
  });
  it('GIVEN --why on a command other than risk THEN exit 2 saying where it goes', async () => {
    const { code, stderr } = await cli(['compare', 'a', 'b', '--why']);
    expect(code).toBe(2);
    expect(stderr).toContain('career-bot risk "<role>" --why');
  });
  it('GIVEN an unknown command THEN exit 2 with usage', async () => {
    const { code, stderr } = await cli(['fly']);
    expect(code).toBe(2);
    expect(stderr).toContain('Usage:');
  });
  it('GIVEN a huge role THEN exit 2 with a friendly message and no stack trace', async () => {
    const { code, stdout, stderr } = await cli(['risk', 'x'.repeat(20_000)]);
    expect(code).toBe(2);
    expect(stdout).toContain('too long for a job title');
    expect(stderr).not.toMatch(/at .*\.ts:\d+/);
  });
  it('GIVEN a broken ROLES_DIR THEN start-up stops naming the file, field and reason', async () => {
    const r = await runCli(['risk', 'x'], {
      env: { ROLES_DIR: fileURLToPath(new URL('../fixtures/broken-roles', import.meta.url)) },
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/broken\.yaml: levels\[0\]\.tasks: task shares sum to 90, not 100/);
  });
  it('GIVEN chat with lines THEN it answers each', async () => {
    const written = await chatIn(catalog, 'devsecops\nquit\n');
    expect(written).toContain('58.2 / 100');
  });
  it('GIVEN a follow-up sequence typed in the chat THEN each line is answered in the context of the last', async () => {
    const { code, stdout } = await binChat;
    expect(code).toBe(0);
    // One answer per question, split at the prompt, each about the role the thread has reached.
    const answers = stdout
      .split(/^> /m)
      .slice(1)
      .map((a) => a.split('\n')[0]);
    expect(answers.slice(0, 5)).toEqual([
      'Backend/API Developer (Mid-Level)',
      'Backend/API Developer (Senior)',
      'Mobile Developer (Mid-Level)',
      expect.stringMatching(/Mobile Developer \(Mid-Level\).*Web Developer/),
      expect.stringMatching(/^Safer roles from Mobile Developer \(Mid-Level\)/),
    ]);
  });
});

// askAnswer end to end: free text, conversation memory, documents; the CLI and the console chat on top.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { askAnswer } from '../../commands/ask.ts';
import { MemoryConversationStore } from '../../src/intent/conversation-store.ts';
import { CONVERSATION_ROLES_DIR, fixtureCatalog } from '../helpers.ts';
import { chatIn } from '../console/run-cli.ts';

const catalog = fixtureCatalog();
const BIN = fileURLToPath(new URL('../../bin/career-bot.js', import.meta.url));

describe('GIVEN a thread with its own conversation key', () => {
  it('THEN follow-ups are answered about the roles of that thread only', async () => {
    const store = new MemoryConversationStore();
    const thread = { key: 'slack:C1:1700000000.1', store };
    const other = { key: 'slack:C1:1700000000.2', store };
    await askAnswer(catalog, 'is backend development going to be automated?', thread);
    await askAnswer(catalog, 'devops or sre?', other);
    const seniors = await askAnswer(catalog, 'and for seniors?', thread);
    expect(seniors.doc).toMatchObject({ kind: 'risk', role: { id: 'backend-developer-senior' } });
    const compared = await askAnswer(catalog, 'compare it with data engineering', thread);
    expect(compared.doc).toMatchObject({
      kind: 'compare',
      a: { role: { id: 'backend-developer-senior' } },
      b: { role: { id: 'data-engineer-mid' } },
    });
    const next = await askAnswer(catalog, 'and for juniors?', other);
    expect(next.doc).toMatchObject({
      kind: 'compare',
      a: { role: { id: 'devops-engineer-junior' } },
      b: { role: { id: 'site-reliability-engineer-junior' } },
    });
  });
  it('THEN small talk leaves the remembered roles alone', async () => {
    const conversation = { key: 'k', store: new MemoryConversationStore() };
    await askAnswer(catalog, 'how exposed is a dba', conversation);
    const thanks = await askAnswer(catalog, 'thanks!', conversation);
    expect(thanks.doc).toEqual({ kind: 'smalltalk', topic: 'thanks' });
    expect((await askAnswer(catalog, 'where could they go?', conversation)).doc).toMatchObject({
      kind: 'transition',
      from: { role: { id: 'database-administrator-mid' } },
    });
  });
});

describe('GIVEN free text without a conversation', () => {
  it('GIVEN a named move THEN a transition doc with that one target', async () => {
    const { doc } = await askAnswer(catalog, "I'm a backend dev, should I move into devops?");
    expect(doc).toMatchObject({
      kind: 'transition',
      from: { role: { id: 'backend-developer-mid' } },
      suggestions: [{ role: { id: 'devops-engineer-mid' } }],
    });
  });
  it('GIVEN an ambiguous name THEN { kind: "clarify", candidates } with id, title and seniority', async () => {
    const { doc, reply } = await askAnswer(catalog, 'are test engineers safe?');
    expect(doc).toMatchObject({ kind: 'clarify' });
    const candidates = (doc as unknown as { candidates: { id: string; title: string; seniority: string }[] })
      .candidates;
    expect(candidates.map((c) => c.id).sort()).toEqual(['manual-qa-tester-mid', 'qa-engineer-mid']);
    expect(candidates[0]).toEqual(expect.objectContaining({ title: expect.any(String), seniority: 'mid' }));
    expect(reply.private).toBe(true);
  });
  it('GIVEN off-topic chat THEN a friendly answer showing what the bot can do', async () => {
    const { doc, reply } = await askAnswer(catalog, 'who won the game last night?');
    expect(doc).toEqual({ kind: 'smalltalk', topic: 'offtopic' });
    expect(JSON.stringify(reply)).toContain('Things you can ask');
  });
});

function cli(args: string[]): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { env: { ...process.env, NO_COLOR: '1', ROLES_DIR: CONVERSATION_ROLES_DIR } },
      (error, stdout) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout });
      },
    );
  });
}

describe('GIVEN career-bot ask --json', () => {
  it('GIVEN a team question THEN a team document, exit 0', async () => {
    const { code, stdout } = await cli([
      'ask',
      'our team has 4 backend devs, 2 manual testers and a DBA: how exposed are we?',
      '--json',
    ]);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc.kind).toBe('team');
    expect(doc.members.map((m: { role: { id: string }; count: number }) => [m.role.id, m.count])).toEqual([
      ['backend-developer-mid', 4],
      ['manual-qa-tester-mid', 2],
      ['database-administrator-mid', 1],
    ]);
  });
  it('GIVEN an ambiguous question THEN a clarify document, exit 3', async () => {
    const { code, stdout } = await cli(['ask', 'are test engineers safe?', '--json']);
    expect(code).toBe(3);
    expect(JSON.parse(stdout).kind).toBe('clarify');
  });
  it('GIVEN a comparison THEN the roles in the order asked', async () => {
    const { stdout } = await cli(['ask', 'sre or devops, which one is more future proof?', '--json']);
    expect(JSON.parse(stdout)).toMatchObject({
      kind: 'compare',
      a: { role: { id: 'site-reliability-engineer-mid' } },
      b: { role: { id: 'devops-engineer-mid' } },
    });
  });
});

describe('GIVEN the console chat', () => {
  it('THEN a follow-up is answered about the role asked before', async () => {
    const written = await chatIn(catalog, 'is frontend development safe?\nand for seniors?\nquit\n');
    expect(written).toContain('Frontend Developer (Mid-Level)');
    expect(written).toContain('Frontend Developer (Senior)');
  });
});

import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { UserError } from '../../src/errors.ts';
import { DEFAULT_ROLES_DIR, loadCatalog } from '../../src/load-catalog.ts';
import { realCatalog } from '../helpers.ts';

const catalog = realCatalog();
const idOf = (q: string) => catalog.resolve(q).role.id;
const errorOf = (q: string): UserError => {
  try {
    catalog.resolve(q);
  } catch (e) {
    return e as UserError;
  }
  throw new Error(`expected "${q}" to be refused`);
};

describe('GIVEN the names people use for Backend/API Developer', () => {
  it.each([
    'backend developer',
    'Backend Engineer',
    'back end dev',
    'Server-Side Developer',
    'Web Services Developer',
    'BACKEND-ENGINEER',
    'backend devs',
    'node.js developer',
  ])('GIVEN "%s" THEN it finds the mid level', (q) => expect(idOf(q)).toBe('backend-developer-mid'));
});

describe('GIVEN typos', () => {
  it.each([
    ['backnd develper', 'backend-developer-mid'],
    ['devsecopps', 'devsecops-engineer'],
    ['securty software developer', 'security-software-developer-mid'],
  ])('GIVEN "%s" THEN it still finds %s', (q, id) => expect(idOf(q)).toBe(id));
});

describe('GIVEN seniority in the query', () => {
  it.each([
    ['junior backend developer', 'backend-developer-junior'],
    ['senior backend engineer', 'backend-developer-senior'],
    ['mid-level backend dev', 'backend-developer-mid'],
    ['backend developer 8 years experience', 'backend-developer-senior'],
    ['backend developer 3-5 years', 'backend-developer-mid'],
    ['graduate software engineer', 'software-engineer-junior'],
    ['sr swe', 'software-engineer-senior'],
    ['entry level developer', 'software-engineer-junior'],
  ])('GIVEN "%s" THEN it picks %s', (q, id) => expect(idOf(q)).toBe(id));

  it('GIVEN a level the role lacks THEN it falls back to the nearest and says so', () => {
    const m = catalog.resolve('junior security software developer');
    expect(m.role.id).toBe('security-software-developer-mid');
    expect(m.note).toMatch(/no junior level/i);
  });

  it('GIVEN the level the role has THEN there is no fallback note', () => {
    expect(catalog.resolve('senior backend developer').note).toBeUndefined();
  });
});

describe('GIVEN a title pasted with mentions or broadcasts', () => {
  it.each([
    ['@everyone backend developer', 'backend-developer-mid'],
    ['<!channel> backend engineer', 'backend-developer-mid'],
    ['<@U0123ABC> backend dev @here', 'backend-developer-mid'],
    ['<@&123456789> <#987654321> back end developer', 'backend-developer-mid'],
  ])('GIVEN "%s" THEN the mentions are left out and the title found', (q, id) => expect(idOf(q)).toBe(id));
  it('GIVEN nothing but mentions THEN it asks for a title', () => {
    expect(errorOf('<!here> @everyone <@U0123ABC>').code).toBe('bad_input');
  });
});

describe('GIVEN queries that must not match a role', () => {
  it.each(['banana', 'asdfghjkl', 'the weather in paris', '🍕🍕🍕'])(
    'GIVEN "%s" THEN it answers no_match or bad_input, never a role',
    (q) => {
      expect(['no_match', 'bad_input']).toContain(errorOf(q).code);
    },
  );

  it('GIVEN an empty query THEN it asks for a title', () => {
    expect(errorOf('   ')).toMatchObject({ code: 'bad_input', message: expect.stringMatching(/job title/) });
  });

  it('GIVEN thousands of characters THEN it says the input is too long', () => {
    expect(errorOf('developer '.repeat(500))).toMatchObject({
      code: 'bad_input',
      message: expect.stringMatching(/too long/),
    });
  });

  it('GIVEN only a seniority word THEN it asks what role', () => {
    expect(errorOf('senior')).toMatchObject({ code: 'bad_input', message: expect.stringMatching(/of what/i) });
  });
});

describe('GIVEN a title that names several roles', () => {
  it('GIVEN "engineer" shared on purpose by two families THEN it asks back with both instead of guessing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'roles-'));
    cpSync(DEFAULT_ROLES_DIR, dir, { recursive: true });
    const file = join(dir, 'backend-developer.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('default: mid\n', 'default: mid\nambiguousAliases: [Engineer]\n'),
    );
    let e: UserError | undefined;
    try {
      loadCatalog(dir).resolve('engineer');
    } catch (err) {
      e = err as UserError;
    }
    if (!e) throw new Error('expected "engineer" to be refused');
    expect(e.code).toBe('ambiguous');
    expect(e.candidates.length).toBeGreaterThanOrEqual(2);
    expect(e.message).toContain('engineer');
  });
});

describe('GIVEN a role id (as buttons send them)', () => {
  it('THEN it resolves directly', () => expect(idOf('software-engineer-senior')).toBe('software-engineer-senior'));
});

describe('GIVEN autocomplete input', () => {
  it('GIVEN "backnd" THEN the backend role comes first', () => {
    expect(catalog.matcher.suggest('backnd', 25)[0]!.family).toBe('backend-developer');
  });
  it('GIVEN nothing typed THEN it offers at most the limit', () => {
    expect(catalog.matcher.suggest('', 3)).toHaveLength(3);
  });
});

describe('GIVEN queries that look like a title letter by letter but not word by word', () => {
  it.each(['penguin', 'HR department party', 'engine'])('GIVEN "%s" THEN no tech role is guessed', (q) => {
    expect(outcomeOf(q)).not.toMatch(/engineer|developer|analyst/);
  });
  it.each([
    ['netwrok engineer', 'network-engineer-mid'],
    ['unity3d dev', 'game-developer-mid'],
    ['Data Engineer II', 'data-engineer-mid'],
    ['data engineer III', 'data-engineer-senior'],
    ['big data engineer (spark/hadoop)', 'data-engineer-mid'],
  ])('GIVEN "%s" THEN it still finds %s', (q, id) => expect(outcomeOf(q)).toBe(id));
  it('GIVEN "HR" THEN it asks back between the human resources occupations, not an analyst', () => {
    const e = errorOf('HR');
    expect(e.code).toBe('ambiguous');
    expect(e.candidates.map((c) => c.title).join(' ')).toMatch(/Human Resources/);
  });
});

function outcomeOf(q: string): string {
  try {
    return idOf(q);
  } catch (e) {
    return (e as UserError).code;
  }
}

// Reading a time split as people write it, and matching task names to the role's own tasks.
import { describe, expect, it } from 'vitest';
import type { UserError } from '../../src/errors.ts';
import { parseMix, parsePersonalStatement, parseShare, splitRoleAndMix } from '../../src/personal/mix-text.ts';
import { matchTask } from '../../src/personal/task-match.ts';
import { realCatalog } from '../helpers.ts';

const backend = realCatalog().get('backend-developer-mid')!;
const taskNamed = (name: string) => backend.tasks[matchTask(backend, name)]!.name;

describe('GIVEN task names as people say them', () => {
  it.each([
    ['api design', 'API design & architecture'],
    ['writing tests', 'Writing unit & integration tests'],
    ['implementing endpoints', 'Implementing endpoints & business logic'],
    ['endpoints', 'Implementing endpoints & business logic'],
    ['reviews', 'Code review & mentoring juniors'],
    ['Sprint Planning', 'Sprint planning & cross-team coordination'],
    ['3', 'Database schema design & query optimisation'],
    ['#8', 'Research, documentation & learning'],
  ])('GIVEN "%s" THEN it is the task "%s"', (said, task) => {
    expect(taskNamed(said)).toBe(task);
  });
  it.each(['underwater basket weaving', 'sales calls', '9', ''])(
    'GIVEN "%s" THEN a bad_input error listing the role\'s tasks',
    (said) => {
      let error: UserError | undefined;
      try {
        matchTask(backend, said);
      } catch (e) {
        error = e as UserError;
      }
      expect(error?.code).toBe('bad_input');
      expect(error?.message).toContain('8. Research, documentation & learning (10%)');
    },
  );
});

describe('GIVEN a --mix string', () => {
  it('THEN task=percent, task: percent%, task percent% and percent% on task are all read', () => {
    expect(parseMix('api design=50, writing tests: 20%, endpoints 10%, 5% on reviews; docs=rest')).toEqual([
      { task: 'api design', share: 50 },
      { task: 'writing tests', share: 20 },
      { task: 'endpoints', share: 10 },
      { task: 'reviews', share: 5 },
      { task: 'docs', share: 'rest' },
    ]);
  });
  it('THEN words for shares become percents', () => {
    expect(parseShare('half')).toBe(50);
    expect(parseShare('a quarter of my week')).toBe(25);
    expect(parseShare('about 30 percent')).toBe(30);
    expect(parseShare('the rest')).toBe('rest');
    expect(parseShare('lots')).toBeUndefined();
  });
  it.each(['', 'api design', 'api design=lots', 'x=1,'.repeat(13)])(
    'GIVEN "%s" THEN a bad_input error with an example',
    (mix) => {
      let error: UserError | undefined;
      try {
        parseMix(mix);
      } catch (e) {
        error = e as UserError;
      }
      expect(error?.code).toBe('bad_input');
      expect(error?.message).toContain('task=percent');
    },
  );
});

describe("GIVEN a sentence about one's week", () => {
  it('GIVEN the backend example THEN role "backend dev" and API design 50, reviews 20, endpoints the rest', () => {
    expect(
      parsePersonalStatement(
        "I'm a backend dev and I spend half my week on API design, 20% on reviews and the rest on endpoints",
      ),
    ).toEqual({
      role: 'backend dev',
      mix: [
        { task: 'API design', share: 50 },
        { task: 'reviews', share: 20 },
        { task: 'endpoints', share: 'rest' },
      ],
    });
  });
  it('GIVEN "I am a ... I spend 40% on pipelines and 60% on meetings" THEN both shares are read', () => {
    expect(parsePersonalStatement('I am a data engineer. I spend 40% on pipelines and 60% on meetings.')).toEqual({
      role: 'data engineer',
      mix: [
        { task: 'pipelines', share: 40 },
        { task: 'meetings', share: 60 },
      ],
    });
  });
  it.each(['what about backend developer?', "I'm a backend dev", 'I spend half my week on API design'])(
    'GIVEN "%s" THEN it is not a personal statement',
    (text) => {
      expect(parsePersonalStatement(text)).toBeNull();
    },
  );
  it('THEN one line splits into role and mix by --mix, a sentence, or a colon', () => {
    expect(splitRoleAndMix('backend developer --mix api design=100')).toEqual({
      role: 'backend developer',
      mix: 'api design=100',
    });
    expect(splitRoleAndMix('backend developer: 1=50, 6=50')).toEqual({ role: 'backend developer', mix: '1=50, 6=50' });
    expect(
      splitRoleAndMix("I'm a backend dev and I spend half my week on API design and the rest on endpoints"),
    ).toEqual({ role: 'backend dev', mix: 'API design=50, endpoints=rest' });
    expect(splitRoleAndMix('backend developer')).toEqual({ role: 'backend developer' });
  });
});

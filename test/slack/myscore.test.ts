// /myscore on Slack over real HTTP with real signatures: the modal, its submission, the share button.
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer, listen } from '../../adapters/runtime/http-server.ts';
import { createLogger } from '../../adapters/runtime/log.ts';
import { createSlackApp } from '../../adapters/slack/app.ts';
import { submittedMix } from '../../adapters/slack/split-modal.ts';
import { realCatalog } from '../helpers.ts';
import { actionBody, BOT, eventBody, postSigned, slashBody, SlackStandIn } from './stand-in.ts';
import { askAnswer } from '../../commands/ask.ts';

const SECRET = 'myscore-secret';
const FORM = 'application/x-www-form-urlencoded';
const standIn = new SlackStandIn();
let server: Server;
let url = '';

beforeAll(async () => {
  await standIn.start();
  const log = createLogger('error', () => {});
  const { receiver } = createSlackApp({
    catalog: realCatalog(),
    settings: { botToken: 'xoxb-t', signingSecret: SECRET, apiUrl: standIn.apiUrl },
    identity: { botId: BOT.botId, botUserId: BOT.userId },
    log,
    // One test user opens and submits many modals here; the limiter has its own tests.
    limits: { user: { capacity: 1000, refillPerMinute: 1000 }, channel: { capacity: 1000, refillPerMinute: 1000 } },
  });
  server = createHttpServer(new Map([['/slack', receiver!.requestListener]]), log);
  url = `http://127.0.0.1:${await listen(server, 0, '127.0.0.1')}/slack/events`;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  await standIn.stop();
});

interface View {
  callback_id: string;
  private_metadata: string;
  blocks: {
    type: string;
    block_id?: string;
    label?: { text: string };
    element?: { type: string; action_id: string; initial_value: string };
  }[];
}
type Values = Record<string, Record<string, { type: string; value: string | null }>>;

const slash = (text: string, trigger: string) =>
  postSigned(url, slashBody('/myscore', text, standIn.responseUrl(trigger), { trigger_id: trigger }), FORM, SECRET);
const submit = (view: View, values: Values) =>
  postSigned(
    url,
    actionBody({
      type: 'view_submission',
      team: { id: BOT.team },
      user: { id: 'U0ASKER', team_id: BOT.team },
      api_app_id: 'A0APP',
      trigger_id: '9.9.9',
      view: {
        id: 'V1',
        type: 'modal',
        callback_id: view.callback_id,
        private_metadata: view.private_metadata,
        state: { values },
      },
    }),
    FORM,
    SECRET,
  );
const inputs = (view: View) => view.blocks.filter((b) => b.type === 'input');
/** The modal's fields filled in as a person would: task number → what they typed. */
function fill(view: View, typed: Record<number, string>): Values {
  return Object.fromEntries(
    inputs(view).map((b, i) => [b.block_id!, { share: { type: 'number_input', value: typed[i + 1] ?? null } }]),
  );
}

async function openModal(text: string, trigger: string): Promise<View> {
  const res = await slash(text, trigger);
  expect(res.status).toBe(200);
  const opened = await standIn.waitFor((c) => c.path === '/api/views.open' && c.body.trigger_id === trigger);
  return opened.body.view as View;
}

describe('GIVEN /myscore backend developer', () => {
  it('THEN views.open gets a modal with one number input per task, pre-filled with the typical split', async () => {
    const view = await openModal('backend developer', 'trig-open');
    const role = realCatalog().byId.get('backend-developer-mid')!;
    expect(inputs(view).map((b) => b.label!.text.split(' (AI')[0])).toEqual(role.tasks.map((t) => t.name));
    expect(inputs(view).map((b) => Number(b.element!.initial_value))).toEqual(role.tasks.map((t) => t.share));
    expect(inputs(view).every((b) => b.element!.type === 'number_input')).toBe(true);
  });

  it('GIVEN the modal submitted with API design at 100 THEN the card goes to the asker only by chat.postEphemeral, with levers and a share button', async () => {
    const view = await openModal('backend developer', 'trig-submit');
    const res = await submit(view, fill(view, { 1: '100', 2: '0', 3: '0', 4: '0', 5: '0', 6: '0', 7: '0' }));
    expect(res.status).toBe(200);
    const card = await standIn.waitFor(
      (c) =>
        c.path === '/api/chat.postEphemeral' &&
        c.body.user === 'U0ASKER' &&
        String(c.body.text).includes('Your score as'),
    );
    expect(card.body.channel).toBe('C0CHAN');
    const blocks = JSON.stringify(card.body.blocks);
    expect(blocks).toMatch(/34\.[23] \/ 100/);
    expect(blocks).toContain('24.5');
    expect(standIn.to('/api/chat.postMessage').filter((c) => String(c.body.text).includes('score as'))).toHaveLength(0);
  });

  it('GIVEN "Share in channel" clicked on the private card THEN the same score is posted publicly with chat.postMessage, without a share button', async () => {
    const view = await openModal('backend developer', 'trig-share');
    await submit(view, fill(view, { 1: '50', 2: '20' }));
    const card = await standIn.waitFor(
      (c) =>
        c.path === '/api/chat.postEphemeral' &&
        String(c.body.text).includes('Your score as') &&
        JSON.stringify(c.body.blocks).includes('career:share:'),
    );
    const buttons = (
      card.body.blocks as { type: string; elements?: { action_id: string; text: { text: string } }[] }[]
    ).flatMap((b) => b.elements ?? []);
    const share = buttons.find((b) => b.text.text === 'Share in channel')!;
    const score = /(\d+\.\d) \/ 100/.exec(JSON.stringify(card.body.blocks))![1];
    const res = await postSigned(
      url,
      actionBody({
        type: 'block_actions',
        user: { id: 'U0ASKER', team_id: BOT.team },
        team: { id: BOT.team },
        api_app_id: 'A0APP',
        trigger_id: '1.2.4',
        container: { type: 'message', message_ts: '1700000009.0', channel_id: 'C0CHAN', is_ephemeral: true },
        channel: { id: 'C0CHAN' },
        response_url: standIn.responseUrl('share'),
        actions: [
          {
            type: 'button',
            action_id: share.action_id,
            block_id: 'b1',
            text: { type: 'plain_text', text: 'Share in channel' },
            action_ts: '1700000010.0',
          },
        ],
      }),
      FORM,
      SECRET,
    );
    expect(res.status).toBe(200);
    const post = await standIn.waitFor(
      (c) => c.path === '/api/chat.postMessage' && String(c.body.text).includes('A personal score as'),
    );
    expect(post.body.channel).toBe('C0CHAN');
    expect(JSON.stringify(post.body.blocks)).toContain(`${score} / 100`);
    expect(JSON.stringify(post.body.blocks)).not.toContain('career:share:');
  });

  it('GIVEN shares over 100 THEN the modal answers response_action errors on a field and nothing is posted', async () => {
    const view = await openModal('backend developer', 'trig-over');
    const before = standIn.calls.length;
    const res = await submit(view, fill(view, { 1: '80', 2: '40' }));
    const body = res.json() as { response_action: string; errors: Record<string, string> };
    expect(body.response_action).toBe('errors');
    expect(Object.values(body.errors)[0]).toMatch(/120%, over 100/);
    expect(Object.keys(body.errors)[0]).toBe(inputs(view)[1]!.block_id);
    await new Promise((r) => setTimeout(r, 100));
    expect(standIn.calls.slice(before).filter((c) => c.path.startsWith('/api/chat.'))).toHaveLength(0);
  });

  it('GIVEN a non-number in a field THEN the error is on that field', async () => {
    const view = await openModal('backend developer', 'trig-nan');
    const body = (await submit(view, fill(view, { 1: '50', 3: 'lots' }))).json() as {
      response_action: string;
      errors: Record<string, string>;
    };
    expect(body).toEqual({
      response_action: 'errors',
      errors: { [inputs(view)[2]!.block_id!]: expect.stringMatching(/number from 0 to 100/) },
    });
  });
});

describe('GIVEN /myscore with text that is not a single role', () => {
  it('GIVEN an unknown role THEN a private "did you mean"/no-match answer, no modal', async () => {
    const res = await slash('zzzz qqqq', 'trig-unknown');
    const body = res.json() as { response_type: string; text: string };
    expect(body.response_type).toBe('ephemeral');
    expect(standIn.calls.some((c) => c.path === '/api/views.open' && c.body.trigger_id === 'trig-unknown')).toBe(false);
  });

  it('GIVEN a role and a mix in the text THEN the card comes back privately at once', async () => {
    const body = (await slash('backend developer --mix api design=100', 'trig-direct')).json() as {
      response_type: string;
      text: string;
    };
    expect(body.response_type).toBe('ephemeral');
    expect(body.text).toMatch(/34\.[23] \/ 100/);
  });
});

describe('GIVEN submittedMix', () => {
  const values = (typed: (string | null)[]): Values =>
    Object.fromEntries(typed.map((v, i) => [`task-${i + 1}`, { share: { type: 'number_input', value: v } }]));
  it('THEN empty fields are left out and filled ones become task numbers', () => {
    expect(submittedMix(values(['50', null, '20', '']))).toEqual({ mix: '1=50, 3=20' });
  });
  it('THEN every field filled short of 100, or none filled, is an error', () => {
    expect(submittedMix(values(['50', '20']))).toEqual({ errors: { 'task-2': expect.stringMatching(/70%/) } });
    expect(submittedMix(values([null, null]))).toEqual({ errors: { 'task-1': expect.stringMatching(/at least one/) } });
    expect(submittedMix(values(['-5', '20']))).toEqual({ errors: { 'task-1': expect.stringMatching(/number/) } });
  });
});

const STATEMENT = "I'm a backend dev and I spend half my week on API design, 20% on reviews and the rest on endpoints";

describe('GIVEN a personal statement in conversation', () => {
  it('GIVEN askAnswer THEN the private personal card for that split, the rest on endpoints', async () => {
    const answer = await askAnswer(realCatalog(), STATEMENT);
    expect(answer.reply.private).toBe(true);
    expect(answer.doc).toMatchObject({
      kind: 'personal',
      role: { id: 'backend-developer-mid' },
      baseline: { score: 24.5 },
    });
    const tasks = (answer.doc as unknown as { tasks: { name: string; share: number }[] }).tasks;
    expect(tasks.find((t) => /API design/.test(t.name))!.share).toBe(50);
    expect(tasks.find((t) => /review/i.test(t.name))!.share).toBe(20);
    expect(tasks.find((t) => /endpoint/i.test(t.name))!.share).toBe(30);
  });

  it('GIVEN it in a Slack mention THEN the card goes by chat.postEphemeral to the asker in the thread, nothing public', async () => {
    const ts = '1700000200.000100';
    const res = await postSigned(
      url,
      eventBody('Ev-personal', {
        type: 'app_mention',
        user: 'U0ME',
        text: `<@${BOT.userId}> ${STATEMENT}`,
        ts,
        channel: 'C0CHAN',
        event_ts: ts,
      }),
      'application/json',
      SECRET,
    );
    expect(res.status).toBe(200);
    const card = await standIn.waitFor((c) => c.path === '/api/chat.postEphemeral' && c.body.user === 'U0ME');
    expect(card.body).toMatchObject({ channel: 'C0CHAN', thread_ts: ts });
    expect(String(card.body.text)).toContain('Your score as');
    expect(standIn.to('/api/chat.postMessage').some((c) => c.body.thread_ts === ts)).toBe(false);
  });
});

// The App Home tab: the view is within Block Kit's limits for every role as "last asked about";
// over signed HTTP, opening the tab publishes it, the person's last role shows up after they ask,
// and a button on the tab answers in their DM.
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findCommand } from '../../commands/index.ts';
import { cachedRunCommand } from '../../adapters/runtime/answer-cache.ts';
import { createHttpServer, listen } from '../../adapters/runtime/http-server.ts';
import { createLogger } from '../../adapters/runtime/log.ts';
import { decodeAction } from '../../adapters/slack/action-id.ts';
import { createSlackApp } from '../../adapters/slack/app.ts';
import { homeView } from '../../adapters/slack/home.ts';
import { actionArgs } from '../../adapters/slack/inbound.ts';
import type { SlackMessage } from '../../adapters/slack/render.ts';
import { realCatalog } from '../helpers.ts';
import { violations } from './limits-check.ts';
import { actionBody, BOT, eventBody, postSigned, slashBody, SlackStandIn } from './stand-in.ts';

const SECRET = 'home-test-secret';
const catalog = realCatalog();
type View = ReturnType<typeof homeView>;
const asMessage = (view: View) => ({ text: 'home', blocks: view.blocks }) as SlackMessage;
const actionIds = (view: View) =>
  (view.blocks as { type: string; elements?: { action_id: string }[] }[])
    .filter((b) => b.type === 'actions')
    .flatMap((b) => b.elements!.map((e) => e.action_id));

describe('GIVEN the Home view', () => {
  it('THEN with no last role, and with each role of the catalog as the last one, it stays within Block Kit limits', () => {
    const ids = [undefined, ...catalog.roles.map((r) => r.id)];
    const bad = ids.flatMap((id) => violations(asMessage(homeView(catalog, id))).map((v) => `${id}: ${v}`));
    expect(bad).toEqual([]);
    expect(ids.length).toBeGreaterThan(50);
  });

  it('THEN every button is an action the bot answers without an error', () => {
    const view = homeView(catalog, catalog.roles[0]!.id);
    const ids = actionIds(view);
    expect(ids.length).toBeGreaterThanOrEqual(5);
    for (const id of ids) {
      const action = decodeAction(id);
      expect(action, id).not.toBeNull();
      if (action!.command === 'help') continue;
      const spec = findCommand(action!.command)!;
      const answer = cachedRunCommand(spec, actionArgs(spec, action!), catalog);
      expect('error' in answer.doc, id).toBe(false);
    }
  });

  it("THEN the last role's title, score and buttons are shown; an unknown id is left out", () => {
    const role = catalog.roles.find((r) => r.id === 'backend-developer-mid')!;
    const text = JSON.stringify(homeView(catalog, role.id));
    expect(text).toContain(role.title);
    expect(text).toContain(catalog.score(role).score.toFixed(1));
    expect(actionIds(homeView(catalog, role.id))).toContain(`career:transition:${role.id}`);
    expect(JSON.stringify(homeView(catalog, 'no-such-role'))).not.toContain('Last time you asked');
  });
});

describe('GIVEN the Slack app over signed HTTP', () => {
  const standIn = new SlackStandIn();
  let server: Server;
  let url = '';

  beforeAll(async () => {
    await standIn.start();
    const { receiver } = createSlackApp({
      catalog,
      settings: { botToken: 'xoxb-home', signingSecret: SECRET, apiUrl: standIn.apiUrl },
      identity: { botId: BOT.botId, botUserId: BOT.userId },
      log: createLogger('silent'),
    });
    server = createHttpServer(new Map([['/slack', receiver!.requestListener]]), createLogger('silent'));
    url = `http://127.0.0.1:${await listen(server, 0, '127.0.0.1')}/slack/events`;
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
    await standIn.stop();
  });

  let opened = 0;
  async function openHome(user: string) {
    const before = standIn.to('/api/views.publish').length;
    const body = eventBody(`EvHome${++opened}`, { type: 'app_home_opened', user, channel: 'D0HOME', tab: 'home' });
    expect((await postSigned(url, body, 'application/json', SECRET)).status).toBe(200);
    await standIn.waitFor(() => standIn.to('/api/views.publish').length > before);
    return standIn.to('/api/views.publish').at(-1)!.body as { user_id: string; view: View };
  }

  it('GIVEN the Home tab opened THEN views.publish gets a home view for that person, within limits', async () => {
    const published = await openHome('U0NEW');
    expect(published.user_id).toBe('U0NEW');
    expect(published.view.type).toBe('home');
    expect(violations(asMessage(published.view))).toEqual([]);
    expect(JSON.stringify(published.view)).not.toContain('Last time you asked');
  });

  it('GIVEN the Messages tab opened THEN nothing is published', async () => {
    const before = standIn.to('/api/views.publish').length;
    const body = eventBody('EvHomeMsgTab', {
      type: 'app_home_opened',
      user: 'U0NEW',
      channel: 'D0HOME',
      tab: 'messages',
    });
    await postSigned(url, body, 'application/json', SECRET);
    await new Promise((r) => setTimeout(r, 300));
    expect(standIn.to('/api/views.publish').length).toBe(before);
  });

  it('GIVEN /risk backend developer asked first THEN the Home tab shows that role as the last one asked about', async () => {
    const res = await postSigned(
      url,
      slashBody('/risk', 'backend developer', standIn.responseUrl('home'), { user_id: 'U0ASKED' }),
      'application/x-www-form-urlencoded',
      SECRET,
    );
    expect(res.status).toBe(200);
    const published = await openHome('U0ASKED');
    expect(JSON.stringify(published.view)).toContain('Last time you asked about Backend/API Developer (Mid-Level)');
    expect(actionIds(published.view)).toContain('career:risk:backend-developer-mid');
  });

  it('GIVEN a Home button clicked THEN the answer goes to the DM with the bot, not to a response_url', async () => {
    const before = standIn.calls.length;
    const click = actionBody({
      type: 'block_actions',
      user: { id: 'U0ASKED', team_id: BOT.team },
      team: { id: BOT.team },
      api_app_id: 'A0APP',
      trigger_id: '9.9.9',
      container: { type: 'view', view_id: 'V0HOME' },
      view: { id: 'V0HOME', type: 'home' },
      actions: [{ type: 'button', action_id: 'career:risk:backend-developer-mid', block_id: 'b', action_ts: '1' }],
    });
    expect((await postSigned(url, click, 'application/x-www-form-urlencoded', SECRET)).status).toBe(200);
    const dm = await standIn.waitFor((c) => c.path === '/api/chat.postMessage' && c.body.channel === 'U0ASKED');
    expect(JSON.stringify(dm.body)).toContain('24.5');
    await new Promise((r) => setTimeout(r, 200));
    const after = standIn.calls.slice(before);
    expect(after.filter((c) => c.path.startsWith('/response/'))).toEqual([]);
    expect(after.filter((c) => c.path === '/api/chat.postMessage')).toHaveLength(1);
  });
});

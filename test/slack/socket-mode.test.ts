// Socket Mode on loopback: apps.connections.open at the stand-in hands out a local WebSocket, which
// plays Slack's side (hello, envelopes, acks) against the real Bolt SocketModeReceiver.
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocketServer, type WebSocket } from 'ws';
import { createLogger } from '../../adapters/runtime/log.ts';
import { startPlatforms, type Running } from '../../adapters/main.ts';
import { loadEnv } from '../../adapters/runtime/config.ts';
import { realCatalog } from '../helpers.ts';
import { BOT, SlackStandIn } from './stand-in.ts';

let standIn: SlackStandIn;
let wss: WebSocketServer;
let running: Running;
let connected: Promise<WebSocket>;

/** Sends one envelope and resolves with the bot's acknowledgement of it. */
function envelope(
  socket: WebSocket,
  id: string,
  type: string,
  payload: object,
  acceptsResponsePayload: boolean,
): Promise<{ envelope_id: string; payload?: Record<string, unknown> }> {
  return new Promise((resolve) => {
    const onMessage = (data: Buffer) => {
      const msg = JSON.parse(data.toString()) as { envelope_id?: string };
      if (msg.envelope_id === id) {
        socket.off('message', onMessage);
        resolve(msg as { envelope_id: string });
      }
    };
    socket.on('message', onMessage);
    socket.send(
      JSON.stringify({
        envelope_id: id,
        type,
        payload,
        accepts_response_payload: acceptsResponsePayload,
        retry_attempt: 0,
        retry_reason: '',
      }),
    );
  });
}

beforeAll(async () => {
  standIn = new SlackStandIn();
  await standIn.start();
  wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  await new Promise((r) => wss.once('listening', r));
  connected = new Promise<WebSocket>((resolve) =>
    wss.on('connection', (socket) => {
      socket.send(
        JSON.stringify({
          type: 'hello',
          num_connections: 1,
          debug_info: { host: 'loopback' },
          connection_info: { app_id: 'A0APP' },
        }),
      );
      resolve(socket);
    }),
  );
  standIn.socketUrl = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/link`;
  const config = loadEnv({
    SLACK_BOT_TOKEN: 'xoxb-socket',
    SLACK_APP_TOKEN: 'xapp-1-socket',
    SLACK_API_URL: standIn.apiUrl,
    PORT: '0',
    LOG_LEVEL: 'silent',
  });
  running = await startPlatforms(realCatalog(), config, createLogger('silent'));
});

afterAll(async () => {
  await running?.stop();
  for (const c of wss?.clients ?? []) c.terminate();
  await new Promise((r) => wss?.close(r));
  await standIn?.stop();
});

describe('GIVEN SLACK_APP_TOKEN set (Socket Mode) and SLACK_API_URL at the stand-in', () => {
  it('THEN the bot opened its connection through the stand-in with the app token, not through slack.com', async () => {
    await connected;
    const open = standIn.to('/api/apps.connections.open');
    expect(open.length).toBeGreaterThanOrEqual(1);
    expect(standIn.to('/api/auth.test')).toHaveLength(1);
  });

  it('GIVEN /transition backend developer over the socket THEN the ack payload lists DevSecOps in the channel', async () => {
    const socket = await connected;
    const ack = await envelope(
      socket,
      'env-1',
      'slash_commands',
      {
        token: 'legacy',
        team_id: BOT.team,
        channel_id: 'C0CHAN',
        user_id: 'U0ASKER',
        command: '/transition',
        text: 'backend developer',
        api_app_id: 'A0APP',
        response_url: standIn.responseUrl('sock'),
        trigger_id: '1.2.3',
      },
      true,
    );
    expect(ack.payload?.response_type).toBe('in_channel');
    expect(JSON.stringify(ack.payload?.blocks)).toContain('DevSecOps');
  });

  it('GIVEN an app_mention over the socket THEN it is acknowledged and answered in the thread', async () => {
    const socket = await connected;
    const ts = '1700000200.000100';
    const ack = await envelope(
      socket,
      'env-2',
      'events_api',
      {
        team_id: BOT.team,
        api_app_id: 'A0APP',
        type: 'event_callback',
        event_id: 'Ev-sock',
        event_time: 1700000200,
        event: {
          type: 'app_mention',
          user: 'U0ASKER',
          text: `<@${BOT.userId}> devsecops engineer`,
          ts,
          channel: 'C0CHAN',
          event_ts: ts,
        },
      },
      false,
    );
    expect(ack.envelope_id).toBe('env-2');
    const post = await standIn.waitFor((c) => c.path === '/api/chat.postMessage' && c.body.thread_ts === ts);
    expect(JSON.stringify(post.body.blocks)).toContain('DevSecOps');
  });
});

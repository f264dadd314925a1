// SIGTERM while a burst of signed Slack requests is arriving: every request the bot accepted (HTTP
// 200) gets its answer — slash commands in the ack, mentions as chat.postMessage, button clicks
// through response_url — and the process exits 0.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionBody, BOT, eventBody, postSigned, slashBody, SlackStandIn, type SignedPost } from '../slack/stand-in.ts';
import { sleep, startBotProcess, stopBotProcess, type BotProcess } from './bot-process.ts';

const SECRET = 'shutdown-signing-secret';
const FORM = 'application/x-www-form-urlencoded';
const BURST = 60;

type Kind = 'slash' | 'mention' | 'click';
interface Sent {
  kind: Kind;
  id: string;
  res?: SignedPost;
}

describe('GIVEN career-bot start answering a burst of Slack requests', () => {
  const standIn = new SlackStandIn();
  let bot: BotProcess;

  beforeAll(async () => {
    standIn.delayMs = 300; // the bot's posts are still in flight when SIGTERM arrives
    await standIn.start();
    bot = await startBotProcess({
      SLACK_BOT_TOKEN: 'xoxb-shutdown',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: standIn.apiUrl,
      LOG_LEVEL: 'info',
      SHUTDOWN_GRACE_MS: '5000',
      RATE_LIMIT_BURST: '1000',
      RATE_LIMIT_USER_PER_MINUTE: '1000',
      RATE_LIMIT_CHANNEL_PER_MINUTE: '1000',
    });
  }, 60_000);

  afterAll(async () => {
    await stopBotProcess(bot);
    await standIn.stop();
  });

  function request(i: number): Sent & { body: string; type: string } {
    const kind: Kind = (['slash', 'mention', 'click'] as const)[i % 3]!;
    const id = `1900000000.${String(i).padStart(6, '0')}`;
    const body =
      kind === 'slash'
        ? slashBody('/risk', 'backend developer', standIn.responseUrl(id))
        : kind === 'mention'
          ? eventBody(`EvShut${i}`, {
              type: 'app_mention',
              user: `U${i}`,
              text: `<@${BOT.userId}> data engineer`,
              ts: id,
              channel: 'C0SHUT',
              event_ts: id,
            })
          : actionBody({
              type: 'block_actions',
              user: { id: `U${i}`, team_id: BOT.team },
              team: { id: BOT.team },
              api_app_id: 'A0APP',
              trigger_id: '1.2.3',
              container: { type: 'message', message_ts: id, channel_id: 'C0SHUT', is_ephemeral: true },
              channel: { id: 'C0SHUT' },
              response_url: standIn.responseUrl(id),
              actions: [
                {
                  type: 'button',
                  action_id: 'career:risk:devops-engineer-mid',
                  block_id: 'b',
                  text: { type: 'plain_text', text: 'x' },
                  action_ts: id,
                },
              ],
            });
    return { kind, id, body, type: kind === 'mention' ? 'application/json' : FORM };
  }

  it('GIVEN SIGTERM mid-burst THEN every accepted request is answered and the process exits 0', async () => {
    const sent: Sent[] = [];
    const send = (i: number) => {
      const s = request(i);
      sent.push(s);
      return postSigned(`http://127.0.0.1:${bot.port}/slack/events`, s.body, s.type, SECRET).then(
        (r) => {
          s.res = r;
        },
        () => {
          /* refused after SIGTERM: not accepted */
        },
      );
    };
    // The first half is accepted before the signal; their answers (thread posts, response_url) may
    // still be running when SIGTERM lands, with the second half arriving during shutdown.
    await Promise.all(Array.from({ length: BURST / 2 }, (_, i) => send(i)));
    bot.child.kill('SIGTERM');
    const late: Promise<void>[] = [];
    for (let i = BURST / 2; i < BURST; i++) {
      late.push(send(i));
      await sleep(2);
    }
    await Promise.all(late);
    const code = await bot.exited;
    expect(code).toBe(0);

    const accepted = sent.filter((s) => s.res?.status === 200);
    // Some were accepted before the signal; later ones are refused at the door (Slack retries those), never failed half-way.
    expect(accepted.length).toBeGreaterThanOrEqual(BURST / 2);
    expect(sent.filter((s) => s.res && s.res.status !== 200)).toEqual([]);
    console.log(`shutdown burst: ${accepted.length} of ${BURST} accepted before the door closed, all answered`);
    expect(accepted.some((s) => s.kind === 'mention') && accepted.some((s) => s.kind === 'click')).toBe(true);
    for (const s of accepted) {
      if (s.kind === 'slash') expect(s.res!.text).toContain('24.5');
      if (s.kind === 'mention')
        expect(standIn.calls.some((c) => c.path === '/api/chat.postMessage' && c.body.thread_ts === s.id)).toBe(true);
      if (s.kind === 'click') expect(standIn.calls.some((c) => c.path === `/response/${s.id}`)).toBe(true);
    }
    expect(bot.stderr()).toMatch(/"stopped"/);
    expect(bot.stderr()).not.toMatch(/still running after the grace period/);
  }, 30_000);
});

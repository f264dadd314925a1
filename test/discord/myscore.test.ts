// /myscore on Discord over HTTP interactions with real Ed25519 signatures: tasks, the split modal,
// the private card, sharing it; and every personal card for every role within Discord's limits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatforms, type Running } from '../../adapters/main.ts';
import { encodeAction } from '../../adapters/discord/custom-id.ts';
import { renderDiscord } from '../../adapters/discord/render.ts';
import { mentionAnswer, modalAnswer } from '../../adapters/discord/respond.ts';
import { splitModal } from '../../adapters/discord/split-modal.ts';
import { askAnswer } from '../../commands/ask.ts';
import { myscoreAnswer } from '../../commands/myscore.ts';
import { loadEnv } from '../../adapters/runtime/config.ts';
import { realCatalog } from '../helpers.ts';
import {
  APP_ID,
  buttonInteraction,
  FakeDiscord,
  postSigned,
  silentLog,
  slashInteraction,
  throwawayKeys,
} from './fakes.ts';
import { violations } from './limits-check.ts';

const keys = throwawayKeys();
const fake = new FakeDiscord();
const catalog = realCatalog();
let running: Running;
let url: string;

interface Payload {
  embeds: { title: string; description?: string; fields?: { name: string; value: string }[] }[];
  components: { components: { label: string; custom_id: string }[] }[];
  flags?: number;
}
interface ModalData {
  custom_id: string;
  title: string;
  components: { components: { custom_id: string; label: string; style: number; value: string }[] }[];
}
const data = <T = Payload>(r: { json: unknown }) => (r.json as { type: number; data: T }).data;
const buttons = (p: Payload) => p.components.flatMap((row) => row.components);
const scoreOf = (p: Payload) => /(\d+\.\d) \/ 100/.exec(p.embeds[0]!.description ?? '')?.[1];
function modalSubmit(id: string, customId: string, inputs: { custom_id: string; value: string }[]) {
  const { data: _d, ...base } = slashInteraction(id, 'x', [], 5);
  return {
    ...base,
    data: { custom_id: customId, components: inputs.map((i) => ({ type: 1, components: [{ type: 4, ...i }] })) },
  };
}

beforeAll(async () => {
  await fake.start();
  const config = loadEnv({
    DISCORD_PUBLIC_KEY: keys.publicKeyHex,
    DISCORD_APPLICATION_ID: APP_ID,
    PORT: '0',
    DISCORD_API_URL: fake.api,
    RATE_LIMIT_BURST: '1000',
  });
  running = await startPlatforms(catalog, config, silentLog);
  url = `http://127.0.0.1:${running.port}/discord/interactions`;
});
afterAll(async () => {
  await running.stop();
  await fake.stop();
});

describe('GIVEN /myscore over signed HTTP interactions', () => {
  it('GIVEN role: backend developer without mix THEN an ephemeral list of tasks and typical split with "Set my split"', async () => {
    const r = await postSigned(
      url,
      slashInteraction('m1', 'myscore', [{ name: 'role', value: 'backend developer' }]),
      keys,
    );
    expect(r.json).toMatchObject({ type: 4 });
    const p = data(r);
    expect(p.flags).toBe(64);
    expect(p.embeds[0]!.description).toContain('API design & architecture');
    expect(buttons(p).map((b) => b.label)).toEqual(['Set my split']);
  });

  it('GIVEN "Set my split" clicked THEN a modal (type 9) with one paragraph of task=percent lines for a role of more than 5 tasks', async () => {
    const role = catalog.byId.get('backend-developer-mid')!;
    const r = await postSigned(
      url,
      buttonInteraction('m2', encodeAction({ command: 'myscore', args: [role.id] })!, 64),
      keys,
    );
    expect((r.json as { type: number }).type).toBe(9);
    const modal = data<ModalData>(r);
    expect(modal.title.length).toBeLessThanOrEqual(45);
    const inputs = modal.components.flatMap((row) => row.components);
    expect(inputs).toHaveLength(1);
    expect(inputs[0]!.style).toBe(2);
    const lines = inputs[0]!.value.split('\n');
    expect(lines.map((l) => Number(l.split('=').at(-1)))).toEqual(role.tasks.map((t) => t.share));
    lines.forEach((l, i) =>
      expect(l.startsWith(`${i + 1}) ${role.tasks[i]!.name.split(/[,;=:]/)[0]!.slice(0, 40)}`)).toBe(true),
    );
  });

  it('GIVEN the pre-filled modal of any role submitted unchanged THEN the card scores exactly the role baseline', () => {
    for (const role of catalog.byId.values()) {
      const modal = splitModal(role) as unknown as ModalData;
      const answer = modalAnswer(catalog, modal.custom_id, modal.components);
      expect(answer.doc, role.id).toMatchObject({ kind: 'personal', personal: { score: catalog.score(role).score } });
    }
  });

  it('GIVEN the modal submitted (type 5) with API design at 100 THEN the personal card ephemerally, 34.2/34.3 against 24.5, with Share', async () => {
    const r = await postSigned(
      url,
      modalSubmit('m3', 'm1:backend-developer-mid', [{ custom_id: 'mix', value: 'api design=100' }]),
      keys,
    );
    const p = data(r);
    expect(p.flags).toBe(64);
    expect(scoreOf(p)).toMatch(/^34\.[23]$/);
    expect(JSON.stringify(p.embeds[0]!.fields)).toContain('24.5');
    expect(buttons(p).map((b) => b.label)).toContain('Share in channel');
  });

  it('GIVEN the pre-filled lines edited, a line by name added after numbered ones THEN both forms are read', () => {
    const answer = modalAnswer(catalog, 'm1:backend-developer-mid', [
      { components: [{ custom_id: 'mix', value: '1) API design, whatever=60\nwriting tests=40' }] },
    ]);
    expect(answer.doc).toMatchObject({ kind: 'personal', mix: '1=60, 6=40' });
  });

  it('GIVEN the modal with shares over 100 THEN a private, friendly error listing nothing sent publicly', async () => {
    const p = data(
      await postSigned(
        url,
        modalSubmit('m4', 'm1:backend-developer-mid', [{ custom_id: 'mix', value: 'api design=80\n2=40' }]),
        keys,
      ),
    );
    expect(p.flags).toBe(64);
    expect(JSON.stringify(p.embeds)).toMatch(/120%, over 100/);
  });

  it('GIVEN mix: given THEN the card at once, and Share clicked on it posts the same score publicly (no flags, not an update)', async () => {
    const r = await postSigned(
      url,
      slashInteraction('m5', 'myscore', [
        { name: 'role', value: 'backend developer' },
        { name: 'mix', value: 'implementing endpoints=50, writing tests=50' },
      ]),
      keys,
    );
    const card = data(r);
    expect(card.flags).toBe(64);
    expect(Number(scoreOf(card))).toBeCloseTo(13.7, 0);
    const share = buttons(card).find((b) => b.label === 'Share in channel')!;
    expect(share.custom_id).toMatch(/^s1:myscore:backend-developer-mid:/);
    const click = await postSigned(url, buttonInteraction('m6', share.custom_id, 64), keys);
    expect((click.json as { type: number }).type).toBe(4);
    const shared = data(click);
    expect(shared.flags).toBeUndefined();
    expect(scoreOf(shared)).toBe(scoreOf(card));
    expect(shared.embeds[0]!.title).toMatch(/^A personal score as/);
    expect(buttons(shared).some((b) => b.label === 'Share in channel')).toBe(false);
  });

  it('GIVEN a forged share custom_id for an unknown role THEN the stale-button notice, privately', async () => {
    const p = data(await postSigned(url, buttonInteraction('m7', 's1:myscore:no-such-role:1=100'), keys));
    expect(p.flags).toBe(64);
    expect(p.embeds[0]!.title).toMatch(/no longer works/);
  });
});

describe('GIVEN every role of the catalog', () => {
  // Four answers for each of ~1,000 roles: a correctness check over the whole catalog, given time on a busy machine.
  it(
    'THEN its tasks answer, its typical-split card and its all-on-one-task card stay within Discord limits, each with a working Share button',
    { timeout: 120_000 },
    () => {
      for (const role of catalog.byId.values()) {
        const tasks = renderDiscord(myscoreAnswer(catalog, role.id, undefined).reply);
        expect(violations(tasks), role.id).toEqual([]);
        const mixes = [
          role.tasks.map((t, i) => `${i + 1}=${t.share}`).join(', '),
          '1=100',
          role.tasks
            .map((t, i) => `${i + 1}=${i === 0 ? 'rest' : (100 / role.tasks.length / 1.5).toFixed(2)}`)
            .join(', '),
        ];
        for (const mix of mixes) {
          const message = renderDiscord(myscoreAnswer(catalog, role.id, mix).reply);
          expect(violations(message), `${role.id} ${mix}`).toEqual([]);
          expect(
            message.components.flatMap((r) => r.components).some((b) => b.custom_id.startsWith('s1:')),
            `${role.id} ${mix}`,
          ).toBe(true);
        }
      }
    },
  );
});

describe('GIVEN a personal statement in a Discord mention (answered in the open)', () => {
  it('THEN the reply shows only the role baseline and invites /myscore, never the personal score', async () => {
    const answer = await askAnswer(
      catalog,
      "I'm a backend dev and I spend half my week on API design, 20% on reviews and the rest on endpoints",
    );
    expect(answer.reply.private).toBe(true);
    const open = mentionAnswer(catalog, answer);
    expect(open.reply.private).toBeFalsy();
    const text = JSON.stringify(renderDiscord(open.reply));
    expect(text).toContain('24.5 / 100');
    expect(text).toContain('/myscore role:');
    const personal = /(\d+\.\d) \/ 100/.exec(JSON.stringify(renderDiscord(answer.reply)))![1]!;
    expect(personal).not.toBe('24.5');
    expect(text).not.toContain(`${personal} / 100`);
  });
});

// The interaction response is serialised once per shared reply: the same text as serialising it
// afresh, kept apart per response type and chart setting, and never shared between two replies.
import { describe, expect, it } from 'vitest';
import { commandAnswer, interactionResponseJson, messagePayload } from '../../adapters/discord/respond.ts';
import { realCatalog } from '../helpers.ts';

const catalog = realCatalog();
const linked = { publicUrl: 'https://bot.example.com' };

describe('GIVEN a cached /risk answer', () => {
  const reply = commandAnswer(catalog, 'risk', { role: 'backend developer' }).reply;

  it('THEN its response JSON is what serialising it afresh gives, and the same string every time', () => {
    const first = interactionResponseJson(4, reply, linked);
    expect(first).toBe(JSON.stringify({ type: 4, data: messagePayload(reply, linked) }));
    expect(interactionResponseJson(4, reply, linked)).toBe(first);
    expect(commandAnswer(catalog, 'risk', { role: 'backend developer' }).reply).toBe(reply);
  });

  it('THEN another response type or chart setting gets its own JSON', () => {
    const message = JSON.parse(interactionResponseJson(7, reply, linked));
    expect(message.type).toBe(7);
    const attached = JSON.parse(interactionResponseJson(4, reply, { attachCharts: true }));
    expect(attached.data).toEqual(messagePayload(reply, { attachCharts: true }));
    expect(attached.data).not.toEqual(JSON.parse(interactionResponseJson(4, reply, linked)).data);
  });

  it("THEN another role's reply never gets this one's JSON", () => {
    const other = commandAnswer(catalog, 'risk', { role: 'devsecops' }).reply;
    expect(JSON.parse(interactionResponseJson(4, other, linked)).data).toEqual(messagePayload(other, linked));
    expect(interactionResponseJson(4, other, linked)).not.toBe(interactionResponseJson(4, reply, linked));
  });
});

// Every Discord limit a rendered message must keep, shared by the render and myscore tests.
import { decodeAction } from '../../adapters/discord/custom-id.ts';
import * as L from '../../adapters/discord/limits.ts';
import { embedLength, type DiscordMessage } from '../../adapters/discord/render.ts';
import { realCatalog } from '../helpers.ts';

const catalog = realCatalog();

/** Every Discord limit a message must keep; an empty list means Discord accepts it. */
export function violations(m: DiscordMessage): string[] {
  const out: string[] = [];
  const check = (ok: boolean, what: string) => void (ok || out.push(what));
  check(m.embeds.length <= L.EMBEDS_PER_MESSAGE_MAX, 'embeds');
  check(
    m.embeds.reduce((n, e) => n + embedLength(e), 0) <= L.EMBEDS_TOTAL_MAX,
    `total ${m.embeds.reduce((n, e) => n + embedLength(e), 0)}`,
  );
  for (const e of m.embeds) {
    check((e.title ?? '').length <= L.EMBED_TITLE_MAX, 'title');
    check((e.description ?? '').length <= L.EMBED_DESCRIPTION_MAX, 'description');
    check((e.footer?.text ?? '').length <= L.EMBED_FOOTER_MAX, 'footer');
    check((e.fields ?? []).length <= L.EMBED_FIELDS_MAX, 'field count');
    for (const f of e.fields ?? []) {
      check(f.name.length >= 1 && f.name.length <= L.EMBED_FIELD_NAME_MAX, `field name ${f.name}`);
      check(f.value.length >= 1 && f.value.length <= L.EMBED_FIELD_VALUE_MAX, `field value of ${f.name}`);
    }
  }
  check(m.components.length <= L.ACTION_ROWS_MAX, 'rows');
  const ids = m.components.flatMap((r) => r.components.map((b) => b.custom_id));
  check(new Set(ids).size === ids.length, 'duplicate custom_id');
  for (const row of m.components) {
    check(row.components.length >= 1 && row.components.length <= L.BUTTONS_PER_ROW_MAX, 'buttons in a row');
    for (const b of row.components) {
      check((b.label ?? '').length >= 1 && (b.label ?? '').length <= L.BUTTON_LABEL_MAX, `label ${b.label}`);
      check(b.custom_id.length <= L.CUSTOM_ID_MAX, 'custom_id');
      check(decodeAction(b.custom_id, catalog) !== undefined, `button ${b.label} does not decode`);
    }
  }
  return out;
}

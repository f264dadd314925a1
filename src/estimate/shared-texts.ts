// One copy of each text and item the estimates repeat. The ~900 estimated roles are built from the
// same few hundred reasons ("no data: no union coverage per occupation…", "Eloundou et al. 2023,
// GPT-4 label E2 …"); built per role, each copy was kept (most as a chain of concatenated pieces),
// some 3 MiB in all. A pool lives for one load, so it holds nothing afterwards.
import type { Item } from './items.ts';

export class SharedTexts {
  private readonly texts = new Map<string, string>();
  /** Items by reason: few items share one, so a short search among them finds an equal one. */
  private readonly items = new Map<string, Item[]>();

  /** The first copy of this text seen. */
  text(text: string): string {
    const kept = this.texts.get(text);
    if (kept !== undefined) return kept;
    this.texts.set(text, text);
    return text;
  }

  /** The first item seen equal to this one (score, reason and source): items are read, never changed. */
  item<I extends Item>(item: I): I {
    const same = this.items.get(item.why);
    const kept = same?.find(
      (k) => k.score === item.score && k.source === item.source && 'source' in k === 'source' in item,
    );
    if (kept) return kept as I;
    if (same) same.push(item);
    else this.items.set(item.why, [item]);
    return item;
  }

  /** Each item of a group (evidence, barriers, protective) replaced by its shared copy. */
  group<K extends string>(items: Record<K, Item>): Record<K, Item> {
    return Object.fromEntries(Object.entries<Item>(items).map(([k, i]) => [k, this.item(i)])) as Record<K, Item>;
  }
}

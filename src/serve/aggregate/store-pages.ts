// Walks the store a page at a time, so exports and aggregates over 100k+ events run in constant memory.
import type { EventFilter, Store, StoredEvent, StoredRelation } from "../../store/store.ts";

export const PAGE_SIZE = 1000;

export async function* eventPages(
  store: Store,
  filter: Omit<EventFilter, "limit" | "offset"> = {},
  pageSize = PAGE_SIZE,
): AsyncGenerator<StoredEvent[]> {
  for (let offset = 0; ; offset += pageSize) {
    const page = await store.events({ ...filter, limit: pageSize, offset });
    if (page.items.length > 0) yield page.items;
    if (page.items.length < pageSize || offset + pageSize >= page.total) return;
  }
}

export async function* relationPages(
  store: Store,
  filter: { actor?: string; pair?: [string, string] } = {},
  pageSize = PAGE_SIZE,
): AsyncGenerator<StoredRelation[]> {
  for (let offset = 0; ; offset += pageSize) {
    const page = await store.relations({ ...filter, limit: pageSize, offset });
    if (page.items.length > 0) yield page.items;
    if (page.items.length < pageSize || offset + pageSize >= page.total) return;
  }
}

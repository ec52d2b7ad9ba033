// What an export holds: the events of one selection (the same filter and counting rule as /api/events and
// `dyad events`), and the relations of the same actor or pair.
import type { EventFilter } from "../../store/store.ts";
import { counted } from "../aggregate/event-selection.ts";

export interface ExportSelection {
  events: Omit<EventFilter, "limit" | "offset">;
  relations: { actor?: string; pair?: [string, string] };
}

/** Everything that counts: occurred events no reviewer rejected, and every relation. */
export const ALL_COUNTED: ExportSelection = { events: counted({}), relations: {} };

/** The export selection of an event filter: relations follow its actor or pair. */
export function exportSelection(filter: EventFilter): ExportSelection {
  const { limit: _limit, offset: _offset, ...events } = counted(filter);
  const relations: ExportSelection["relations"] = {};
  if (filter.actor) relations.actor = filter.actor;
  if (filter.pair) relations.pair = filter.pair;
  return { events, relations };
}

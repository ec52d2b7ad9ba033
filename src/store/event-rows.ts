// Full events by id: each row with its actors and its document's title and date, in the order the ids came.
// Queries pick and order ids first (off covering indexes), then read only the rows of the page they return.
import type { Kysely } from "kysely";
import type { EventKind, Factuality } from "../record/record.ts";
import type { Database } from "./database-schema.ts";
import { withMergedReports } from "./event-reports.ts";
import type { ReviewStatus, StoredEvent } from "./store.ts";

/** Ids per statement: far below SQLite's and PostgreSQL's limits on bound parameters. */
const IDS_PER_STATEMENT = 1000;

async function inChunks<T>(ids: number[], read: (chunk: number[]) => Promise<T[]>): Promise<T[]> {
  const rows: T[] = [];
  for (let start = 0; start < ids.length; start += IDS_PER_STATEMENT) {
    rows.push(...(await read(ids.slice(start, start + IDS_PER_STATEMENT))));
  }
  return rows;
}

// What a StoredEvent shows; the date bounds, correction and bookkeeping columns stay behind.
const EVENT_COLUMNS = [
  "events.id",
  "events.document_id",
  "events.kind",
  "events.date",
  "events.factuality",
  "events.location_name",
  "events.location_country",
  "events.plover",
  "events.cameo",
  "events.evidence_start",
  "events.evidence_end",
  "events.evidence_text",
  "events.attributed_to",
  "events.confidence",
  "events.review",
  "events.cluster_id",
] as const;

export async function loadEvents(db: Kysely<Database>, ids: number[]): Promise<StoredEvent[]> {
  if (ids.length === 0) return [];
  const rows = await inChunks(ids, (chunk) =>
    db
      .selectFrom("events")
      .innerJoin("documents", "documents.id", "events.document_id")
      .select(EVENT_COLUMNS)
      .select(["documents.title as document_title", "documents.published as document_published"])
      .where("events.id", "in", chunk)
      .execute(),
  );
  const actors = await inChunks(ids, (chunk) =>
    db
      .selectFrom("event_actors")
      .select(["event_id", "actor", "role", "position"])
      .where("event_id", "in", chunk)
      .execute(),
  );
  const parties = new Map<number, { source: string[]; target: string[] }>();
  for (const row of rows) parties.set(row.id, { source: [], target: [] });
  actors.sort((a, b) => a.position - b.position);
  for (const actor of actors) parties.get(actor.event_id)?.[actor.role].push(actor.actor);

  const byId = new Map(
    rows.map((row): [number, StoredEvent] => [
      row.id,
      {
        id: row.id,
        documentId: row.document_id,
        documentTitle: row.document_title,
        published: row.document_published,
        review: row.review as ReviewStatus,
        kind: row.kind as EventKind,
        source: parties.get(row.id)?.source ?? [],
        target: parties.get(row.id)?.target ?? [],
        date: row.date,
        factuality: row.factuality as Factuality,
        location: row.location_name === null ? null : { name: row.location_name, country: row.location_country },
        codes: { plover: row.plover, cameo: row.cameo },
        evidence: { start: row.evidence_start, end: row.evidence_end, text: row.evidence_text },
        attributed_to: row.attributed_to,
        confidence: Number(row.confidence),
        ...(row.cluster_id === null ? {} : { mergedInto: row.cluster_id }),
      },
    ]),
  );
  const events = ids.flatMap((id) => byId.get(id) ?? []);
  return withMergedReports(db, events);
}

// The reports behind a merged event (event-merging.ts): each article that reported it, with its evidence, and
// how many articles and distinct sources that makes. Attached to the representatives a query returns.
import type { Kysely } from "kysely";
import type { Database } from "./database-schema.ts";
import type { EventReport, StoredEvent } from "./store.ts";

/** Adds `reports`, `numArticles` and `numSources` to each event that other reports were merged into. */
export async function withMergedReports(db: Kysely<Database>, events: StoredEvent[]): Promise<StoredEvent[]> {
  const representatives = events.filter((event) => event.mergedInto === undefined).map((event) => event.id);
  if (representatives.length === 0) return events;
  const members = await reportRows(db, "events.cluster_id", representatives);
  if (members.length === 0) return events;
  const merged = [...new Set(members.map((row) => row.cluster_id as number))];
  const own = await reportRows(db, "events.id", merged);
  const reportsByCluster = new Map<number, EventReport[]>();
  for (const row of [...own, ...members]) {
    const cluster = row.cluster_id ?? row.id;
    const reports = reportsByCluster.get(cluster) ?? [];
    reports.push(toReport(row));
    reportsByCluster.set(cluster, reports);
  }
  return events.map((event) => {
    const reports = reportsByCluster.get(event.id);
    if (!reports || event.mergedInto !== undefined) return event;
    reports.sort((a, b) => a.eventId - b.eventId);
    return {
      ...event,
      reports,
      numArticles: new Set(reports.map((report) => report.documentId)).size,
      // A document that names no publisher counts as a source of its own.
      numSources: new Set(reports.map((report) => report.source ?? `document:${report.documentId}`)).size,
    };
  });
}

type ReportRow = Awaited<ReturnType<typeof reportRows>>[number];

function reportRows(db: Kysely<Database>, column: "events.id" | "events.cluster_id", ids: number[]) {
  return db
    .selectFrom("events")
    .innerJoin("documents", "documents.id", "events.document_id")
    .select([
      "events.id",
      "events.cluster_id",
      "events.document_id",
      "events.evidence_start",
      "events.evidence_end",
      "events.evidence_text",
      "documents.title",
      "documents.published",
      "documents.source",
      "documents.url",
    ])
    .where(column, "in", ids)
    .orderBy("events.id")
    .execute();
}

function toReport(row: ReportRow): EventReport {
  return {
    eventId: row.id,
    documentId: row.document_id,
    documentTitle: row.title,
    published: row.published,
    source: row.source,
    url: row.url,
    evidence: { start: row.evidence_start, end: row.evidence_end, text: row.evidence_text },
  };
}

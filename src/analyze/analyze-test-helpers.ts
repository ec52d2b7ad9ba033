// Test helpers: an article from a few sentences, analysed with the real knowledge base.
import { expect } from "vitest";
import { readArticle } from "../ingest/read-article.ts";
import { loadKnowledge } from "../knowledge/knowledge.ts";
import { type ArticleRecord, type RecordEvent, SYMMETRIC_KINDS } from "../record/record.ts";
import { analyzeArticle } from "./pipeline.ts";

export function analyzeText(body: string, published = "2024-03-14", source = "Test Wire"): ArticleRecord {
  const text = `---\ntitle: "Test"\npublished: ${published}\nsource: ${source}\n---\n${body}\n`;
  return analyzeArticle(readArticle("test.txt", new TextEncoder().encode(text)), loadKnowledge());
}

/**
 * Short readable keys of an event's dyads, as the scorer counts them: "kind SRC>TGT factuality" for each
 * source and target, "kind A~B factuality" for each pair of a symmetric event.
 */
export function eventKeys(e: RecordEvent): string[] {
  if (SYMMETRIC_KINDS.has(e.kind)) {
    const all = [...new Set([...e.source, ...e.target])].sort();
    return all.flatMap((a, i) => all.slice(i + 1).map((b) => `${e.kind} ${a}~${b} ${e.factuality}`));
  }
  return e.source.flatMap((s) => e.target.map((t) => `${e.kind} ${s}>${t} ${e.factuality}`));
}

/**
 * A table row of an event test. `events` is every event the text gives, exactly, so a missed event and a spurious
 * one both fail the row; it is never empty (a trap sentence comes with one that does give an event), so no row
 * passes for an analyzer that finds nothing.
 */
export interface EventRow {
  text: string;
  /** "kind SRC>TGT factuality" for each source and target, "kind A~B factuality" for symmetric kinds. */
  events: string[];
  /** Wrong events the analyzer gives today, named so that they are known: tolerated, never required. */
  knownSpurious?: string[];
  /** The date of the first event in `events`. */
  date?: string;
  published?: string;
  source?: string;
}

export function checkEventRow(row: EventRow): void {
  expect(row.events.length, "a row names at least one event").toBeGreaterThan(0);
  const record = analyzeText(row.text, row.published, row.source);
  const tolerated = new Set(row.knownSpurious ?? []);
  const found = [...new Set(record.events.flatMap(eventKeys))].filter((key) => !tolerated.has(key));
  expect(found.sort()).toEqual([...new Set(row.events)].sort());
  if (row.date) {
    const first = row.events[0];
    expect(record.events.filter((e) => eventKeys(e).includes(first)).map((e) => e.date)).toContain(row.date);
  }
}

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

/** A table row of an event test: the sentence, the dyad that must be found (and its date), one that must not. */
export interface EventRow {
  text: string;
  expect: string;
  not?: string;
  date?: string;
  published?: string;
  source?: string;
}

export function checkEventRow(row: EventRow): void {
  const record = analyzeText(row.text, row.published, row.source);
  const keys = record.events.flatMap(eventKeys);
  if (row.expect) expect(keys).toContain(row.expect);
  if (row.not) expect(keys).not.toContain(row.not);
  if (row.expect && row.date) {
    expect(record.events.filter((e) => eventKeys(e).includes(row.expect)).map((e) => e.date)).toContain(row.date);
  }
}

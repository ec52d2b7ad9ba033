// The Doc as the article record of docs/record.md (types in src/record/record.ts).
import type { Knowledge } from "../knowledge/knowledge.ts";
import type { ArticleRecord, Evidence, RecordEntity } from "../record/record.ts";
import type { Doc, Span } from "./doc.ts";

function evidence(doc: Doc, span: Span): Evidence {
  return { start: span.start, end: span.end, text: doc.text.slice(span.start, span.end) };
}

export function toRecord(doc: Doc, knowledge: Knowledge): ArticleRecord {
  const { article } = doc;
  const codes = knowledge.eventPatterns.kinds;
  // every actor an event or relation names is an entity of the record, even if only implied ("we")
  const entities = new Map<string, RecordEntity>(doc.entities);
  const ensure = (id: string) => {
    if (entities.has(id)) return;
    if (id.startsWith("org:")) {
      const org = knowledge.organizations.get(id);
      entities.set(id, {
        id,
        kind: "organization",
        name: org?.name ?? id,
        aliases: org ? [...(org.short ? [org.short] : []), ...org.aliases] : [],
      });
    } else entities.set(id, { id, kind: "country", name: knowledge.countries.get(id)?.name ?? id });
  };
  for (const e of doc.events) for (const id of [...e.source, ...e.target]) ensure(id);
  for (const r of doc.relations) for (const id of r.parties) ensure(id);
  return {
    input: article.input,
    document: {
      title: article.title,
      published: article.published,
      dateline: doc.datelinePlace ? { place: doc.datelinePlace.name, country: doc.datelinePlace.country } : null,
      language: article.language ?? "en",
      source: article.source,
      url: article.url,
      ...(article.format === "html" ? { text: doc.text } : {}),
      ...(doc.cuts?.length ? { cut: doc.cuts } : {}),
    },
    entities: [...entities.values()],
    mentions: doc.mentions
      .filter((m) => m.via !== "group" && m.via !== "publisher")
      .map((m) => ({ entity: m.entityId, start: m.start, end: m.end, text: doc.text.slice(m.start, m.end) })),
    events: doc.events.map((e) => ({
      kind: e.kind,
      source: e.source,
      target: e.target,
      date: e.date,
      factuality: e.factuality,
      location: e.location,
      codes: {
        plover: e.factuality === "intended" ? "AGREE" : codes[e.kind].plover,
        cameo: e.factuality === "intended" ? codes[e.kind].intended_cameo : e.cameo,
      },
      evidence: evidence(doc, e.evidence),
      attributed_to: e.attributedTo,
      confidence: Number(e.confidence.toFixed(2)),
      ...(e.inferred ? { inferred: true } : {}),
    })),
    relations: doc.relations.map((r) => ({
      kind: r.kind,
      parties: r.parties,
      ...(r.kind === "partnership" || r.kind === "alliance" ? { label: r.label } : {}),
      since: r.since,
      evidence: evidence(doc, r.evidence),
    })),
    quotes: doc.quotes.map((q) => ({
      speaker: q.speaker,
      text: doc.text.slice(q.text.start, q.text.end),
      evidence: evidence(doc, q.evidence),
    })),
  };
}

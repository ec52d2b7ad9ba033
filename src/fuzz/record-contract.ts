// What every article record must satisfy whatever the input (docs/record.md): evidence is an exact
// slice of the text, kinds and factualities come from the contract's lists, dates are real ISO dates, and every
// actor an event or relation names is an entity of the record. Returns the violations found, empty when none.
import { isoDateFromString } from "../record/iso-date.ts";
import { type ArticleRecord, EVENT_KINDS, type Evidence, FACTUALITIES, RELATION_KINDS } from "../record/record.ts";

const ACTOR_ID = /^(?:[A-Z]{3}|(?:org|person|place):[\p{Ll}\p{N}-]+)$/u;

export function recordViolations(record: ArticleRecord, text: string): string[] {
  const problems: string[] = [];
  const evidence = (where: string, span: Evidence | undefined) => {
    if (!span) return;
    if (!(span.start >= 0 && span.start <= span.end && span.end <= text.length))
      problems.push(`${where}: evidence ${span.start}-${span.end} outside the text (${text.length})`);
    else if (text.slice(span.start, span.end) !== span.text) problems.push(`${where}: evidence.text is not the slice`);
  };
  const date = (where: string, value: string | null) => {
    if (value !== null && isoDateFromString(value) !== value)
      problems.push(`${where}: ${JSON.stringify(value)} is not an ISO date`);
  };
  const entityIds = new Set(record.entities.map((entity) => entity.id));
  const actors = (where: string, ids: string[]) => {
    for (const id of ids) {
      if (!ACTOR_ID.test(id)) problems.push(`${where}: actor id ${JSON.stringify(id)} is malformed`);
      else if (!entityIds.has(id)) problems.push(`${where}: actor ${id} is not among the entities`);
    }
  };
  date("document.published", record.document.published);
  for (const [i, event] of record.events.entries()) {
    const where = `events[${i}]`;
    if (!EVENT_KINDS.includes(event.kind)) problems.push(`${where}: kind ${event.kind} is not in the contract`);
    if (!FACTUALITIES.includes(event.factuality)) problems.push(`${where}: factuality ${event.factuality}`);
    if (!/^\d{2,4}$/.test(event.codes.cameo)) problems.push(`${where}: CAMEO code ${event.codes.cameo}`);
    if (!(event.confidence >= 0 && event.confidence <= 1)) problems.push(`${where}: confidence ${event.confidence}`);
    date(where, event.date);
    actors(where, [...event.source, ...event.target]);
    evidence(where, event.evidence);
  }
  for (const [i, relation] of record.relations.entries()) {
    const where = `relations[${i}]`;
    if (!RELATION_KINDS.includes(relation.kind))
      problems.push(`${where}: kind ${relation.kind} is not in the contract`);
    date(where, relation.since);
    actors(where, relation.parties);
    evidence(where, relation.evidence);
  }
  for (const [i, quote] of record.quotes.entries()) evidence(`quotes[${i}]`, quote.evidence);
  for (const [i, mention] of (record.mentions ?? []).entries()) evidence(`mentions[${i}]`, mention);
  try {
    JSON.stringify(record);
  } catch (error) {
    problems.push(`the record does not serialise: ${error}`);
  }
  return problems;
}

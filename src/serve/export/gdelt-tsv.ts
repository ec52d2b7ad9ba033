// GDELT 2.0-style event TSV: the 61 GDELT event columns, a header line, and blank where dyad does not know
// the value (GDELT's actor type codes, FIPS geo codes, tone). GDELT records are dyadic, so an event with
// several parties gives one row per source–target combination ("SAU;EGY → QAT" is SAU→QAT and EGY→QAT), the
// rows sharing the event's GLOBALEVENTID. SOURCEURL carries the evidence as an RFC 5147 `#char=` fragment.
import type { Store, StoredEvent } from "../../store/store.ts";
import { isOrganisation, stateName } from "../aggregate/actor-names.ts";
import { goldsteinOf, quadClassOf } from "../aggregate/event-scales.ts";
import { eventPages } from "../aggregate/store-pages.ts";
import { type DocumentFacts, documentLookup, sourceReference } from "./document-lookup.ts";
import { ALL_COUNTED, type ExportSelection } from "./export-selection.ts";
import { GDELT_COLUMNS } from "./gdelt-columns.ts";

type Row = Partial<Record<(typeof GDELT_COLUMNS)[number], string | number | null>>;

function actorColumns(n: 1 | 2, actor: string | undefined, document: DocumentFacts | null): Row {
  if (!actor) return {};
  if (isOrganisation(actor)) {
    // CAMEO codes organisations with its own IGO codes, which dyad does not assign: the code stays blank.
    return { [`Actor${n}Name`]: (document?.names.get(actor) ?? actor).toUpperCase() };
  }
  return {
    [`Actor${n}Code`]: actor,
    [`Actor${n}Name`]: (stateName(actor) ?? actor).toUpperCase(),
    [`Actor${n}CountryCode`]: actor,
  };
}

function dateColumns(date: string | null): Row {
  if (!date) return {};
  const [year, month, day] = date.split("-");
  const row: Row = { Year: year };
  if (month) row.MonthYear = `${year}${month}`;
  if (month && day) {
    row.SQLDATE = `${year}${month}${day}`;
    // GDELT's own approximation: YYYY + (MM × 30 + DD) / 365.
    row.FractionDate = (Number(year) + (Number(month) * 30 + Number(day)) / 365).toFixed(4);
  }
  return row;
}

function actionGeoColumns(event: StoredEvent, document: DocumentFacts | null): Row {
  if (!event.location) return {};
  const point = document?.places.get(event.location.name);
  const country = event.location.country ? stateName(event.location.country) : null;
  const fullName =
    country && country !== event.location.name ? `${event.location.name}, ${country}` : event.location.name;
  return {
    // GDELT geo types: 1 country, 4 world city; only claimed when dyad knows the point.
    ActionGeo_Type: point ? (country === event.location.name ? 1 : 4) : null,
    ActionGeo_FullName: fullName,
    ActionGeo_Lat: point?.lat ?? null,
    ActionGeo_Long: point?.lon ?? null,
  };
}

function dateAdded(ingestedAt: string | undefined): string | null {
  if (!ingestedAt) return null;
  const digits = ingestedAt.replace(/\D/g, "").slice(0, 14);
  return digits.length === 14 ? digits : null;
}

/** Every source–target combination of the event (one with a blank side when a side has no party). */
function dyads(event: StoredEvent): [string | undefined, string | undefined][] {
  const sources = event.source.length ? event.source : [undefined];
  const targets = event.target.length ? event.target : [undefined];
  return sources.flatMap((source) =>
    targets.filter((target) => target === undefined || target !== source).map((target) => [source, target]),
  ) as [string | undefined, string | undefined][];
}

export function gdeltRows(event: StoredEvent, document: DocumentFacts | null): string[][] {
  return dyads(event).map(([source, target]) => gdeltRow(event, document, source, target));
}

function gdeltRow(
  event: StoredEvent,
  document: DocumentFacts | null,
  source: string | undefined,
  target: string | undefined,
): string[] {
  const cameo = event.codes.cameo;
  const row: Row = {
    GLOBALEVENTID: event.id,
    ...dateColumns(event.date),
    ...actorColumns(1, source, document),
    ...actorColumns(2, target, document),
    EventCode: cameo,
    EventBaseCode: cameo.slice(0, 3),
    EventRootCode: cameo.slice(0, 2),
    QuadClass: quadClassOf(cameo),
    GoldsteinScale: goldsteinOf(cameo),
    // one event reported by several articles (merged) counts them, as GDELT counts mentions of an event
    NumMentions: event.numArticles ?? 1,
    NumSources: event.numSources ?? 1,
    NumArticles: event.numArticles ?? 1,
    ...actionGeoColumns(event, document),
    DATEADDED: dateAdded(document?.ingestedAt),
    SOURCEURL: `${sourceReference(event.documentId, document)}#char=${event.evidence.start},${event.evidence.end}`,
  };
  // Tabs and line breaks would split a field; nothing else needs escaping in GDELT's format.
  return GDELT_COLUMNS.map((column) => String(row[column] ?? "").replace(/[\t\r\n]+/g, " "));
}

export async function* gdeltTsv(store: Store, selection: ExportSelection = ALL_COUNTED): AsyncGenerator<string> {
  yield `${GDELT_COLUMNS.join("\t")}\n`;
  const lookup = documentLookup(store);
  for await (const page of eventPages(store, selection.events)) {
    let chunk = "";
    for (const event of page) {
      for (const row of gdeltRows(event, await lookup(event.documentId))) chunk += `${row.join("\t")}\n`;
    }
    if (chunk) yield chunk;
  }
}

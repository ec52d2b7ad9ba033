// `dyad timeline A B`: a pair's events and relations in date order, each with its evidence and source.
import { Command } from "commander";
import { FACTUALITIES, SYMMETRIC_KINDS } from "../../record/record.ts";
import type { Store, StoredEvent, StoredRelation, TimelineEntry } from "../../store/store.ts";
import { type Actor, resolveActorWithStore } from "../aggregate/actor-resolver.ts";
import {
  type CountsApart,
  countsApart,
  describeApart,
  eventSelection,
  REVIEW_STATES,
} from "../aggregate/event-selection.ts";
import { addStoreOption, withStore } from "./store-option.ts";

const DATE_WIDTH = 10;
const INDENT = " ".repeat(DATE_WIDTH + 2);

interface TimelineOptions {
  from?: string;
  to?: string;
  factuality?: string[];
  review?: string[];
  json?: boolean;
  db?: string;
}

export function timelineCommand(): Command {
  const command = new Command("timeline")
    .description("Print the events and relations between two states (or a state and an organisation) in date order")
    .argument("<a>", "a state or organisation: code (CHN, org:bri) or name (china, BRI)")
    .argument("<b>", "the other party")
    .option("--from <date>", "earliest date, YYYY, YYYY-MM or YYYY-MM-DD (2023 means from 1 January 2023)")
    .option("--to <date>", "latest date, same forms (2023 means through 31 December 2023)")
    .option("--factuality <values...>", `factuality: ${FACTUALITIES.join(", ")} or all (default: occurred)`)
    .option("--review <states...>", `review states: ${REVIEW_STATES.join(", ")} or all (default: all but rejected)`)
    .option("--json", "print JSON instead of text")
    .addHelpText(
      "after",
      `
Each entry gives the date, the kind (with its label or factuality where it has one), the parties
as codes, then the evidence sentence and the article it comes from. Undated entries come last.
Events count as in \`dyad events\`: occurred and not rejected by default, the others counted apart
in the heading. Joins of either party into organisations, reported in the pair's own articles,
are shown for context and marked so; they are not counted as events between the pair.

Examples:
  $ dyad timeline china syria
  $ dyad timeline CHN SYR --from 2020
  $ dyad timeline "United States" China --from 2023-01 --to 2023-06
  $ dyad timeline SYR org:arab-league --json
  $ dyad timeline china syria --factuality all --review all
  $ dyad timeline china syria --db postgres://localhost/dyad`,
    )
    .action((a: string, b: string, options: TimelineOptions) =>
      withStore("timeline", options.db, async (store) => {
        const [first, second] = await Promise.all([resolveActorWithStore(a, store), resolveActorWithStore(b, store)]);
        process.stdout.write(await renderTimeline(store, first, second, options));
      }),
    );
  return addStoreOption(command);
}

/** The timeline of a pair as the command prints it (text or JSON). */
export async function renderTimeline(
  store: Store,
  a: Actor,
  b: Actor,
  options: { from?: string; to?: string; factuality?: string[]; review?: string[]; json?: boolean } = {},
): Promise<string> {
  // Checked (and refused with the input named) before any query runs; a pair of one actor is refused too.
  const filter = await eventSelection({ ...options, pair: [a.id, b.id] }, store);
  const [entries, apart] = await Promise.all([
    store.timeline(a.id, b.id, filter),
    countsApart(store, { ...filter, pair: [a.id, b.id] }),
  ]);
  if (options.json) return `${JSON.stringify({ pair: [a.id, b.id], entries, apart }, null, 2)}\n`;
  return formatTimeline(entries, a, b, apart);
}

export function formatTimeline(entries: TimelineEntry[], a: Actor, b: Actor, apart?: CountsApart): string {
  const heading = `${a.name} – ${b.name} (${a.id}–${b.id})`;
  const note = apart ? describeApart(apart) : "";
  if (entries.length === 0) {
    const empty = note ? `nothing counted (${note})` : "nothing stored between them yet";
    return `${heading}: ${empty}. Ingest articles first: dyad ingest PATH...\n`;
  }
  const events = entries.filter((entry) => entry.type === "event" && !entry.context).length;
  const context = entries.filter((entry) => entry.type === "event" && entry.context).length;
  const relations = entries.length - events - context;
  const counts = [
    plural(events, "event"),
    plural(relations, "relation"),
    ...(context ? [`${context} for context`] : []),
  ].join(", ");
  const blocks = entries.map((entry) =>
    entry.type === "event" ? formatEvent(entry.event, entry.context) : formatRelation(entry.relation),
  );
  return `${heading}: ${counts}${note ? ` (${note})` : ""}\n\n${blocks.join("\n\n")}\n`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

/** An event as three lines: date, kind and parties; the evidence; the source article. */
export function formatEvent(event: StoredEvent, context = false): string {
  const marks = [
    ...(event.factuality === "occurred" ? [] : [event.factuality]),
    ...(event.review === "rejected" ? ["rejected by review"] : []),
    ...(context ? ["context"] : []),
  ];
  const kind = marks.length ? `${event.kind} (${marks.join(", ")})` : event.kind;
  const arrow = SYMMETRIC_KINDS.has(event.kind) ? "–" : "→";
  const parties = `${event.source.join("+") || "?"} ${arrow} ${event.target.join("+") || "?"}`;
  const place = event.location ? `  at ${event.location.name}` : "";
  return [
    `${(event.date ?? "undated").padEnd(DATE_WIDTH)}  ${kind}  ${parties}${place}`,
    `${INDENT}“${oneLine(event.evidence.text)}”`,
    `${INDENT}${sourceLine(event.documentTitle, event.published)}`,
  ].join("\n");
}

export function formatRelation(relation: StoredRelation): string {
  const kind = relation.label ? `${relation.kind} “${relation.label}”` : relation.kind;
  const lines = [`${(relation.since ?? "undated").padEnd(DATE_WIDTH)}  ${kind}  ${relation.parties.join(" – ")}`];
  if (relation.evidence) lines.push(`${INDENT}“${oneLine(relation.evidence.text)}”`);
  lines.push(`${INDENT}${sourceLine(relation.documentTitle, relation.published)}`);
  return lines.join("\n");
}

function sourceLine(title: string | null, published: string | null): string {
  return `— ${title ?? "(untitled article)"}${published ? ` (${published})` : ""}`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

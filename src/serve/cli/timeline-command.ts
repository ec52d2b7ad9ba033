// `dyad timeline A B`: a pair's events and relations in date order, each with its evidence and source.
import { Command } from "commander";
import { SYMMETRIC_KINDS } from "../../analyze/record.ts";
import { dateBounds } from "../../store/date-bounds.ts";
import type { Store, StoredEvent, StoredRelation, TimelineEntry } from "../../store/store.ts";
import { type Actor, resolveActorWithStore } from "./actor-argument.ts";
import { addStoreOption, withStore } from "./store-option.ts";

const DATE_WIDTH = 10;
const INDENT = " ".repeat(DATE_WIDTH + 2);

interface TimelineOptions {
  from?: string;
  to?: string;
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
    .option("--json", "print JSON instead of text")
    .addHelpText(
      "after",
      `
Each entry gives the date, the kind (with its label or factuality where it has one), the parties
as codes, then the evidence sentence and the article it comes from. Undated entries come last.

Examples:
  $ dyad timeline china syria
  $ dyad timeline CHN SYR --from 2020
  $ dyad timeline "United States" China --from 2023-01 --to 2023-06
  $ dyad timeline SYR org:arab-league --json
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
  options: { from?: string; to?: string; json?: boolean } = {},
): Promise<string> {
  // Checked here so that a typo is reported as such before any query runs.
  if (options.from) dateBounds(options.from);
  if (options.to) dateBounds(options.to);
  const entries = await store.timeline(a.id, b.id, { from: options.from, to: options.to });
  if (options.json) return `${JSON.stringify({ pair: [a.id, b.id], entries }, null, 2)}\n`;
  return formatTimeline(entries, a, b);
}

export function formatTimeline(entries: TimelineEntry[], a: Actor, b: Actor): string {
  const heading = `${a.name} – ${b.name} (${a.id}–${b.id})`;
  if (entries.length === 0) {
    return `${heading}: nothing stored between them yet. Ingest articles first: dyad ingest PATH...\n`;
  }
  const count = `${entries.length} ${entries.length === 1 ? "entry" : "entries"}`;
  const blocks = entries.map((entry) =>
    entry.type === "event" ? formatEvent(entry.event) : formatRelation(entry.relation),
  );
  return `${heading}: ${count}\n\n${blocks.join("\n\n")}\n`;
}

/** An event as three lines: date, kind and parties; the evidence; the source article. */
export function formatEvent(event: StoredEvent): string {
  const kind = event.factuality === "occurred" ? event.kind : `${event.kind} (${event.factuality})`;
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

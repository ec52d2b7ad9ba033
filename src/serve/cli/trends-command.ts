// `dyad trends [A [B]]`: events per month or year for a pair, an actor or the kinds asked for, with their
// conflict–cooperation intensity, as a text chart, JSON or CSV.
import { Command, Option } from "commander";
import { EVENT_KINDS, FACTUALITIES } from "../../record/record.ts";
import { countsApart, describeApart, eventSelection, REVIEW_STATES } from "../aggregate/event-selection.ts";
import {
  buildTrends,
  TREND_PERIODS,
  type TrendPeriod,
  type TrendPoint,
  type Trends,
  trendsCsv,
} from "../aggregate/trends.ts";
import { addStoreOption, withStore } from "./store-option.ts";
import { UsageError } from "./usage-error.ts";

interface TrendsOptions {
  by: TrendPeriod;
  kind?: string[];
  factuality?: string[];
  review?: string[];
  from?: string;
  to?: string;
  json?: boolean;
  csv?: boolean;
  db?: string;
}

const BAR_WIDTH = 40;

export function trendsCommand(): Command {
  const command = new Command("trends")
    .description("Events per month or year, with cooperation, conflict and Goldstein intensity, for a pair or an actor")
    .argument("[actors...]", "two actors for a pair, one for an actor, none for every event (CHN, china, Chinese)")
    .addOption(new Option("--by <period>", "period").choices(TREND_PERIODS).default("month"))
    .option("--kind <kinds...>", `only these kinds: ${EVENT_KINDS.join(", ")}`)
    .option("--factuality <values...>", `factuality: ${FACTUALITIES.join(", ")} or all (default: occurred)`)
    .option("--review <states...>", `review states: ${REVIEW_STATES.join(", ")} or all (default: all but rejected)`)
    .option("--from <date>", "earliest date, YYYY, YYYY-MM or YYYY-MM-DD")
    .option("--to <date>", "latest date, same forms")
    .option("--json", "print the series as JSON")
    .option("--csv", "print the series as CSV")
    .addHelpText(
      "after",
      `
Each period shows its events as a bar (█ cooperation, ▒ conflict: PLOVER's quad classes), the count,
and the sum and mean of the events' Goldstein weights (−10 most hostile, +10 most cooperative).
Periods run without gaps; events dated less precisely than the period (a year, by month) or not at
all are counted below the chart. Events count as in \`dyad events\` (occurred, not rejected).

Examples:
  $ dyad trends china syria --by month
  $ dyad trends china syria --by year --from 2000
  $ dyad trends "United States" --kind sanction use_force --by year
  $ dyad trends --kind protest --by month --from 2024
  $ dyad trends CHN SYR --by year --csv > china-syria.csv
  $ dyad trends CHN SYR --json`,
    )
    .action((actors: string[], options: TrendsOptions) =>
      withStore("trends", options.db, async (store) => {
        if (actors.length > 2) throw new UsageError(`give at most two actors (a pair), got ${actors.length}`);
        if (options.json && options.csv) throw new UsageError("give --json or --csv, not both");
        const filter = await eventSelection(
          {
            ...options,
            actor: actors.length === 1 ? actors[0] : undefined,
            pair: actors.length === 2 ? actors : undefined,
          },
          store,
        );
        const [trends, apart] = await Promise.all([buildTrends(store, filter, options.by), countsApart(store, filter)]);
        if (options.json) process.stdout.write(`${JSON.stringify({ ...trends, apart }, null, 2)}\n`);
        else if (options.csv) process.stdout.write(trendsCsv(trends));
        else process.stdout.write(trendsChart(trends, describeApart(apart)));
      }),
    );
  return addStoreOption(command);
}

function signed(value: number): string {
  return `${value > 0 ? "+" : ""}${value.toFixed(1)}`;
}

function bar(point: TrendPoint, max: number): string {
  const cooperation = Math.round((point.cooperation / max) * BAR_WIDTH);
  const conflict = Math.round((point.conflict / max) * BAR_WIDTH);
  // an event without a quad class still shows as at least part of a bar
  return `${"█".repeat(cooperation)}${"▒".repeat(conflict)}`.padEnd(BAR_WIDTH);
}

/** The series as a text chart: one line per period. */
export function trendsChart(trends: Trends, note = ""): string {
  const lines: string[] = [];
  if (trends.points.length === 0) lines.push("No dated events match.");
  const max = Math.max(1, ...trends.points.map((point) => point.events));
  const points = trends.points;
  for (let i = 0; i < points.length; i++) {
    const point = points[i];
    let last = i;
    while (last + 1 < points.length && points[last + 1].events === 0 && point.events === 0) last += 1;
    // a run of three or more empty periods is one line, so decades of silence do not fill the screen
    if (last - i >= 2) {
      lines.push(`${point.period}–${points[last].period}  no events`);
      i = last;
      continue;
    }
    const figures = point.events
      ? `${String(point.events).padStart(4)}  ${point.cooperation} coop, ${point.conflict} conflict  Goldstein ${signed(point.goldstein)} (mean ${signed(point.goldsteinMean ?? 0)})`
      : `${String(0).padStart(4)}`;
    lines.push(`${point.period.padEnd(7)}  ${bar(point, max)}  ${figures}`.trimEnd());
  }
  const { undated, lessPrecise } = trends.notPlaced;
  const outside = [
    ...(lessPrecise ? [`${lessPrecise} dated only to the year`] : []),
    ...(undated ? [`${undated} undated`] : []),
  ];
  if (outside.length) lines.push("", `Not in any ${trends.by}: ${outside.join(", ")}.`);
  if (note) lines.push(`${outside.length ? "" : "\n"}${note[0].toUpperCase()}${note.slice(1)}.`);
  return `${lines.join("\n")}\n`;
}

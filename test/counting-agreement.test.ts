// One meaning for every count: over one store (SQLite, then PostgreSQL), the overview (graph), the pair view
// (timeline), the map, the trends, `dyad events`, `dyad timeline`, the event API and every export count the same
// events for the same filter, by default and with the other factualities and rejected events switched in.
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parquetReadObjects } from "hyparquet";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RecordEvent } from "../src/record/record.ts";
import { eventsCommand } from "../src/serve/cli/events-command.ts";
import { exportCommand } from "../src/serve/cli/export-command.ts";
import { timelineCommand } from "../src/serve/cli/timeline-command.ts";
import { GDELT_COLUMNS } from "../src/serve/export/gdelt-columns.ts";
import { createApp } from "../src/serve/http/app.ts";
import { openStore } from "../src/store/open-store.ts";
import type { Store } from "../src/store/store.ts";
import { runCommand } from "./cli-in-process.ts";
import { event } from "./store/contract-articles.ts";
import { storeDialects } from "./store/store-dialects.ts";

const text = [
  "Xi Jinping met Bashar al-Assad in Beijing on 3 May 2024.",
  "China pledged to cooperate with Syria on energy.",
  "Assad did not visit Shanghai, officials said.",
  "China may back Syria's bid, a diplomat speculated.",
  "China and Syria signed a trade agreement on 4 May 2024.",
  "Chinese and Syrian officials met again in Damascus in June 2024.",
  "Saudi Arabia and Egypt restored ties with Qatar in 2021.",
  "Syria joined the Shanghai Cooperation Organisation as a dialogue partner.",
].join(" ");

const events: RecordEvent[] = [
  event(text, "Xi Jinping met Bashar al-Assad in Beijing on 3 May 2024.", {
    kind: "meet",
    source: ["CHN"],
    target: ["SYR"],
    date: "2024-05-03",
  }),
  event(text, "China pledged to cooperate with Syria on energy.", {
    kind: "cooperate",
    source: ["CHN"],
    target: ["SYR"],
    date: "2024-05",
    factuality: "intended",
    codes: { plover: "AGREE", cameo: "030" },
  }),
  event(text, "Assad did not visit Shanghai, officials said.", {
    kind: "visit",
    source: ["SYR"],
    target: ["CHN"],
    date: "2024-05",
    factuality: "negated",
    codes: { plover: "CONSULT", cameo: "042" },
  }),
  event(text, "China may back Syria's bid, a diplomat speculated.", {
    kind: "support",
    source: ["CHN"],
    target: ["SYR"],
    date: "2024-05",
    factuality: "uncertain",
    codes: { plover: "SUPPORT", cameo: "051" },
  }),
  event(text, "China and Syria signed a trade agreement on 4 May 2024.", {
    kind: "sign_agreement",
    source: ["CHN"],
    target: ["SYR"],
    date: "2024-05-04",
    codes: { plover: "SUPPORT", cameo: "057" },
  }),
  event(text, "Chinese and Syrian officials met again in Damascus in June 2024.", {
    kind: "meet",
    source: ["CHN"],
    target: ["SYR"],
    date: "2024-06",
  }),
  event(text, "Saudi Arabia and Egypt restored ties with Qatar in 2021.", {
    kind: "establish_relations",
    source: ["SAU", "EGY"],
    target: ["QAT"],
    date: "2021",
    codes: { plover: "SUPPORT", cameo: "054" },
  }),
  event(text, "Syria joined the Shanghai Cooperation Organisation as a dialogue partner.", {
    kind: "join",
    source: ["SYR"],
    target: ["org:sco"],
    date: "2024-05",
    codes: { plover: "SUPPORT", cameo: "050" },
  }),
];

let database: string;
let store: Store;
let app: ReturnType<typeof createApp>;
let cleanUp: () => Promise<void>;

async function fillStore(): Promise<void> {
  store = await openStore(database);
  await store.saveArticle({
    record: {
      input: "counting.txt",
      document: { title: "Counting", published: "2024-07-01", dateline: null, language: "en" },
      entities: [],
      events,
      relations: [],
      quotes: [],
    },
    text,
    contentHash: createHash("sha256").update(text).digest("hex"),
  });
  // a reviewer rejects the June meeting: it no longer counts, unless asked for
  const june = (await store.events({ kind: ["meet"], from: "2024-06" })).items[0];
  await store.reviewEvent(june.id, { action: "reject", reviewer: "test", note: "misread" });
  app = createApp({ store });
}

async function json(path: string) {
  const response = await app.request(path);
  expect(response.status, path).toBe(200);
  return response.json();
}

async function exportedIds(format: string, query: string): Promise<number[]> {
  const response = await app.request(`/export?format=${format}&${query}`);
  expect(response.status).toBe(200);
  if (format === "parquet") {
    const bytes = await response.arrayBuffer();
    return (await parquetReadObjects({ file: bytes })).map((row) => Number(row.id));
  }
  return idsOf(format, await response.text());
}

/** The event ids of an export in a text format, in file order. */
function idsOf(format: string, text: string): number[] {
  const lines = text.trimEnd().split("\n");
  if (format === "jsonl") return lines.map((line) => Number(JSON.parse(line).id.replace("dyad-", "")));
  const [header, ...rows] = lines;
  const separator = format === "gdelt" ? "\t" : ",";
  const column = header.split(separator).indexOf(format === "gdelt" ? "GLOBALEVENTID" : "event_id");
  // GDELT rows are dyadic: one event gives a row per source–target combination
  return [...new Set(rows.map((row) => Number(row.split(separator)[column])))];
}

/** The event ids `dyad export` writes with these filter flags, read back like exportedIds. */
async function cliExportedIds(format: string, flags: string[]): Promise<number[]> {
  const folder = mkdtempSync(join(tmpdir(), "dyad-counting-export-"));
  try {
    const out = join(folder, `export.${format}`);
    const result = await runCommand(exportCommand, ["--format", format, ...flags, "--db", database, "--out", out]);
    expect(result.code, result.stderr).toBe(0);
    return idsOf(format, readFileSync(out, "utf8"));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

async function mapTotal(path: string): Promise<number> {
  const map = await json(path);
  return map.countries.reduce((sum: number, country: { events: number }) => sum + country.events, 0) + map.unplaced;
}

async function trendTotal(path: string): Promise<number> {
  const trends = await json(path);
  const placed = trends.points.reduce((sum: number, point: { events: number }) => sum + point.events, 0);
  return placed + trends.notPlaced.undated + trends.notPlaced.lessPrecise;
}

async function countsEverywhere(query: string, cliFlags: string[]): Promise<Record<string, number>> {
  const graph = await json(`/api/graph?${query}`);
  const edge = graph.edges.find((candidate: { id: string }) => candidate.id === "CHN|SYR");
  const listed = await json(`/api/events?pair=CHN,SYR&${query}`);
  const timeline = await json(`/api/pairs/CHN/SYR/timeline?${query}`);
  const pairEvents = (entries: { type: string; context?: boolean }[]) =>
    entries.filter((entry) => entry.type === "event" && !entry.context).length;
  const cliEvents = await runCommand(eventsCommand, [
    "--pair",
    "china",
    "syria",
    ...cliFlags,
    "--json",
    "--db",
    database,
  ]);
  const cliTimeline = await runCommand(timelineCommand, ["China", "Syria", ...cliFlags, "--json", "--db", database]);
  const counts: Record<string, number> = {
    overview: edge?.events ?? 0,
    "api events": listed.total,
    // the map counts each event once: on its place's country, its dateline's country, or apart as unplaced
    map: await mapTotal(`/api/map?pair=CHN,SYR&${query}`),
    // the trend series and what it could not place in a year add up to the selection
    trends: await trendTotal(`/api/trends?pair=CHN,SYR&by=year&${query}`),
    "pair view": pairEvents(timeline.entries),
    "dyad events": JSON.parse(cliEvents.stdout).total,
    "dyad timeline": pairEvents(JSON.parse(cliTimeline.stdout).entries),
  };
  for (const format of ["jsonl", "csv", "gdelt", "parquet"]) {
    counts[`export ${format}`] = (await exportedIds(format, `pair=CHN,SYR&${query}`)).length;
  }
  return counts;
}

// the same store, and so the same counts, in SQLite and in PostgreSQL
describe.each(storeDialects("counting"))("on %s", (_dialect, makeStore) => {
  beforeAll(async () => {
    ({ location: database, cleanUp } = await makeStore());
    await fillStore();
  });

  afterAll(async () => {
    await store?.close();
    await cleanUp?.();
  });

  describe("one meaning for every count", () => {
    it("counts occurred events that no reviewer rejected, the same everywhere", async () => {
      const counts = await countsEverywhere("", []);
      // the meeting of 3 May and the agreement of 4 May; not the pledge, the denial, the rumour or the rejected one
      for (const [where, count] of Object.entries(counts)) expect(count, where).toBe(2);
      const { apart } = await json("/api/events?pair=china,syria");
      expect(apart).toEqual({ counted: 2, intended: 1, negated: 1, uncertain: 1, rejected: 1 });
    });

    it("brings in every factuality and the rejected event when asked, the same everywhere", async () => {
      const counts = await countsEverywhere("factuality=all&review=all", ["--factuality", "all", "--review", "all"]);
      for (const [where, count] of Object.entries(counts)) expect(count, where).toBe(6);
    });

    it("agrees on a narrower filter too (intended only)", async () => {
      const counts = await countsEverywhere("factuality=intended", ["--factuality", "intended"]);
      for (const [where, count] of Object.entries(counts)) expect(count, where).toBe(1);
    });

    it("keeps a join shown for context out of the pair's count", async () => {
      const timeline = await json("/api/pairs/CHN/SYR/timeline");
      const context = timeline.entries.filter((entry: { context?: boolean }) => entry.context);
      expect(context.map((entry: { event: { kind: string } }) => entry.event.kind)).toEqual(["join"]);
    });
  });

  describe("exports take every filter of /api/events", () => {
    it("writes a GDELT row per source–target combination of a multi-party event", async () => {
      const response = await app.request("/export?format=gdelt&kind=establish_relations");
      const [, ...lines] = (await response.text()).trimEnd().split("\n");
      const rows = lines.map((line) =>
        Object.fromEntries(line.split("\t").map((value, i) => [GDELT_COLUMNS[i], value])),
      );
      expect(rows.map((row) => `${row.Actor1Code}>${row.Actor2Code}`).sort()).toEqual(["EGY>QAT", "SAU>QAT"]);
      expect(new Set(rows.map((row) => row.GLOBALEVENTID)).size).toBe(1);
    });

    it.each([
      ["pair", "pair=china,syria", ["--pair", "china", "syria"], 2],
      ["actor", "actor=QAT", ["--actor", "qatar"], 1],
      ["kind", "kind=sign_agreement", ["--kind", "sign_agreement"], 1],
      ["factuality", "factuality=negated,uncertain", ["--factuality", "negated", "uncertain"], 2],
      ["review state", "review=rejected", ["--review", "rejected"], 1],
      // dates compare at their own precision: the join of "2024-05" overlaps from 4 May
      ["date range", "from=2024-05-04&to=2024-12", ["--from", "2024-05-04", "--to", "2024-12"], 2],
      [
        "date range with every review state",
        "from=2024-05-04&review=all",
        ["--from", "2024-05-04", "--review", "all"],
        3,
      ],
      ["date range that ends before", "to=2024-05-03", ["--to", "2024-05-03"], 3],
    ])("honours %s on /export and on dyad export", async (_name, query, flags, expected) => {
      for (const format of ["csv", "jsonl", "gdelt"]) {
        const fromApi = await exportedIds(format, query);
        expect(fromApi, format).toHaveLength(expected);
        expect(await cliExportedIds(format, flags), `dyad export --format ${format}`).toEqual(fromApi);
      }
    });

    it("refuses an impossible filter on /export with 400, naming it", async () => {
      const response = await app.request("/export?format=csv&pair=CHN,XXX");
      expect(response.status).toBe(400);
      expect((await response.json()).error.message).toMatch(/"XXX"/);
    });
  });
});

// Trends over a real store (SQLite and PostgreSQL) holding one article written for this test: counts, PLOVER quad classes and
// Goldstein weights per month and year, through the aggregate, the HTTP API and `dyad trends`.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RecordEvent } from "../src/record/record.ts";
import { counted } from "../src/serve/aggregate/event-selection.ts";
import { buildTrends, periodsBetween } from "../src/serve/aggregate/trends.ts";
import { trendsCommand } from "../src/serve/cli/trends-command.ts";
import { createApp } from "../src/serve/http/app.ts";
import { openStore } from "../src/store/open-store.ts";
import type { Store } from "../src/store/store.ts";
import { runCommand } from "./cli-in-process.ts";
import { event } from "./store/contract-articles.ts";
import { storeDialects } from "./store/store-dialects.ts";

const sentences = {
  meet: "China and Syria held talks in January 2023.",
  agreement: "They signed an agreement in January 2023.",
  criticize: "China criticised Syria in March 2023.",
  sanction: "China sanctioned Syria in March 2023.",
  yearOnly: "China and Syria met in 2023.",
  undated: "China praised Syria.",
  pledge: "China will aid Syria, it said in February 2023.",
  other: "Russia attacked Ukraine in February 2023.",
};
const text = Object.values(sentences).join(" ");

const events: RecordEvent[] = [
  event(text, sentences.meet, { kind: "meet", source: ["CHN"], target: ["SYR"], date: "2023-01-10" }),
  event(text, sentences.agreement, {
    kind: "sign_agreement",
    source: ["CHN"],
    target: ["SYR"],
    date: "2023-01",
    codes: { plover: "SUPPORT", cameo: "057" },
  }),
  event(text, sentences.criticize, {
    kind: "criticize",
    source: ["CHN"],
    target: ["SYR"],
    date: "2023-03",
    codes: { plover: "ACCUSE", cameo: "111" },
  }),
  event(text, sentences.sanction, {
    kind: "sanction",
    source: ["CHN"],
    target: ["SYR"],
    date: "2023-03-20",
    codes: { plover: "SANCTION", cameo: "163" },
  }),
  event(text, sentences.yearOnly, { kind: "meet", source: ["CHN"], target: ["SYR"], date: "2023" }),
  event(text, sentences.undated, {
    kind: "support",
    source: ["CHN"],
    target: ["SYR"],
    codes: { plover: "SUPPORT", cameo: "051" },
  }),
  event(text, sentences.pledge, {
    kind: "aid",
    source: ["CHN"],
    target: ["SYR"],
    date: "2023-02",
    factuality: "intended",
    codes: { plover: "AGREE", cameo: "033" },
  }),
  event(text, sentences.other, {
    kind: "use_force",
    source: ["RUS"],
    target: ["UKR"],
    date: "2023-02-24",
    codes: { plover: "ASSAULT", cameo: "190" },
  }),
];

let database: string;
let store: Store;
let app: ReturnType<typeof createApp>;
let cleanUp: () => Promise<void>;

async function fillStore(): Promise<void> {
  store = await openStore(database);
  const record = {
    input: "trends.txt",
    document: { title: "Trends", published: "2023-04-01", dateline: null, language: "en" },
  };
  await store.saveArticle({
    record: { ...record, entities: [], events, relations: [], quotes: [] },
    text,
    contentHash: createHash("sha256").update(text).digest("hex"),
  });
  app = createApp({ store });
}

describe("periods", () => {
  it.each([
    ["2022-11", "2023-02", "month", ["2022-11", "2022-12", "2023-01", "2023-02"]],
    ["2019", "2021", "year", ["2019", "2020", "2021"]],
    ["2023-05", "2023-05", "month", ["2023-05"]],
  ] as const)("runs from %s to %s by %s without gaps", (first, last, by, expected) => {
    expect(periodsBetween(first, last, by)).toEqual(expected);
  });
});

// the same series from SQLite and from PostgreSQL
describe.each(storeDialects("trends"))("on %s", (_dialect, makeStore) => {
  beforeAll(async () => {
    ({ location: database, cleanUp } = await makeStore());
    await fillStore();
  });

  afterAll(async () => {
    await store?.close();
    await cleanUp?.();
  });

  describe("trends of a pair", () => {
    it("counts per month, fills the empty month, and keeps less precise dates apart", async () => {
      const trends = await buildTrends(store, counted({ pair: ["CHN", "SYR"] }), "month");
      expect(trends.points.map((point) => [point.period, point.events])).toEqual([
        ["2023-01", 2],
        ["2023-02", 0],
        ["2023-03", 2],
      ]);
      expect(trends.notPlaced).toEqual({ undated: 1, lessPrecise: 1 });
      const [january, , march] = trends.points;
      expect(january).toMatchObject({ cooperation: 2, conflict: 0, goldstein: 9, goldsteinMean: 4.5 });
      expect(january.quad).toEqual({
        verbal_cooperation: 2,
        material_cooperation: 0,
        verbal_conflict: 0,
        material_conflict: 0,
      });
      // criticism is verbal conflict (ACCUSE, −2), a sanction material conflict (SANCTION 163, −8)
      expect(march).toMatchObject({ cooperation: 0, conflict: 2, goldstein: -10, goldsteinMean: -5 });
      expect(march.quad).toMatchObject({ verbal_conflict: 1, material_conflict: 1 });
    });

    it("counts per year, the year-only meeting included", async () => {
      const trends = await buildTrends(store, counted({ pair: ["CHN", "SYR"] }), "year");
      expect(trends.points).toHaveLength(1);
      expect(trends.points[0]).toMatchObject({ period: "2023", events: 5, cooperation: 3, conflict: 2 });
      expect(trends.notPlaced).toEqual({ undated: 1, lessPrecise: 0 });
    });
  });

  describe("GET /api/trends", () => {
    it("answers the series for a pair given by names, with what is not counted apart", async () => {
      const response = await app.request("/api/trends?pair=china,Syrian&by=month&factuality=all");
      expect(response.status).toBe(200);
      const body = await response.json();
      expect(body.points.map((point: { period: string; events: number }) => `${point.period}:${point.events}`)).toEqual(
        ["2023-01:2", "2023-02:1", "2023-03:2"],
      );
      expect(body.apart).toMatchObject({ counted: 6, intended: 1 });
    });

    it("answers for an actor and for a kind", async () => {
      const actor = await (await app.request("/api/trends?actor=russia&by=year")).json();
      expect(actor.points).toEqual([
        expect.objectContaining({ period: "2023", events: 1, conflict: 1, goldstein: -10 }),
      ]);
      const kind = await (await app.request("/api/trends?kind=sanction,use_force&by=month")).json();
      expect(kind.points.map((point: { events: number }) => point.events)).toEqual([1, 1]);
    });

    it("exports the series as CSV", async () => {
      const response = await app.request("/api/trends?pair=CHN,SYR&by=month&format=csv");
      expect(response.headers.get("content-type")).toContain("text/csv");
      const [header, ...rows] = (await response.text()).trimEnd().split("\r\n");
      expect(header.split(",").slice(0, 4)).toEqual(["period", "events", "cooperation", "conflict"]);
      expect(rows.map((row) => row.split(",").slice(0, 2).join(":"))).toEqual(["2023-01:2", "2023-02:0", "2023-03:2"]);
    });

    it.each([
      ["/api/trends?by=week", /by/],
      ["/api/trends?pair=CHN,XXX", /"XXX"/],
      ["/api/trends?from=2023-13", /no month 13/],
      ["/api/trends?pair=syria,SYR", /two different actors/],
    ])("refuses %s with 400", async (path, message) => {
      const response = await app.request(path);
      expect(response.status).toBe(400);
      expect((await response.json()).error.message).toMatch(message);
    });
  });

  describe("dyad trends", () => {
    it("draws a text chart, a line per month", async () => {
      const { stdout, code } = await runCommand(trendsCommand, ["china", "syria", "--by", "month", "--db", database]);
      expect(code).toBe(0);
      const lines = stdout.split("\n");
      expect(lines[0]).toMatch(/^2023-01 {2}█+ +2 {2}2 coop, 0 conflict {2}Goldstein \+9\.0 \(mean \+4\.5\)$/);
      expect(lines[1]).toMatch(/^2023-02 +0$/);
      expect(lines[2]).toMatch(/^2023-03 {2}▒+ +2 {2}0 coop, 2 conflict {2}Goldstein -10\.0/);
      expect(stdout).toContain("Not in any month: 1 dated only to the year, 1 undated.");
      expect(stdout).toContain("Not counted: 1 intended.");
    });

    it("prints JSON and CSV", async () => {
      const json = await runCommand(trendsCommand, ["CHN", "SYR", "--by", "year", "--json", "--db", database]);
      expect(JSON.parse(json.stdout)).toMatchObject({ by: "year", points: [{ period: "2023", events: 5 }] });
      const csv = await runCommand(trendsCommand, ["CHN", "SYR", "--by", "year", "--csv", "--db", database]);
      expect(csv.stdout.split("\r\n")[1]).toMatch(/^2023,5,3,2,/);
    });

    it.each([
      [["china", "syria", "iran"], /at most two actors/],
      [["china", "narnia"], /"narnia" is not a state/],
      [["china", "--by", "week"], /week/],
    ])("refuses %j", async (args, message) => {
      const result = await runCommand(trendsCommand, [...args, "--db", database]);
      expect(result.code).not.toBe(0);
      expect(result.stderr).toMatch(message);
    });
  });
});

// The export formats over a real store (SQLite, then PostgreSQL): every row keeps its source document and evidence.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { XMLParser } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FACTUALITIES } from "../src/record/record.ts";
import { eventPages } from "../src/serve/aggregate/store-pages.ts";
import { EXPORT_FORMATS } from "../src/serve/export/export-formats.ts";
import { type ExportSelection, exportSelection } from "../src/serve/export/export-selection.ts";
import { GDELT_COLUMNS } from "../src/serve/export/gdelt-columns.ts";
import { openStore } from "../src/store/open-store.ts";
import type { Store } from "../src/store/store.ts";
import { fixtureArticles } from "./http-fixture-articles.ts";
import { storeDialects } from "./store/store-dialects.ts";

/** A scratch folder for files the command line writes. */
let folder: string;
/** The store's location, as the command line's --db takes it. */
let databasePath: string;
let store: Store;
let cleanUp: () => Promise<void>;

async function collect(format: keyof typeof EXPORT_FORMATS, selection?: ExportSelection): Promise<string> {
  let text = "";
  for await (const chunk of EXPORT_FORMATS[format].generate(store, selection)) text += chunk;
  return text;
}

/** Every event, whatever its factuality: the fixtures' one intended event included. */
const EVERY_FACTUALITY = exportSelection({ factuality: [...FACTUALITIES] });

/** RFC 4180 rows, quotes and embedded line breaks included. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') cell += text[i++];
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(cell);
      cell = "";
    } else if (char === "\r" && text[i + 1] === "\n") {
      rows.push([...row, cell]);
      row = [];
      cell = "";
      i++;
    } else cell += char;
  }
  return rows;
}

describe.each(storeDialects("export"))("on %s", (_dialect, makeStore) => {
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), "dyad-export-"));
    ({ location: databasePath, cleanUp } = await makeStore());
    store = await openStore(databasePath);
    for (const article of Object.values(fixtureArticles)) await store.saveArticle(article);
  });

  afterAll(async () => {
    await store?.close();
    await cleanUp?.();
    rmSync(folder, { recursive: true, force: true });
  });

  describe("GDELT 2.0-style TSV", () => {
    it("has the 61 GDELT event columns, in order, with their real names", () => {
      expect(GDELT_COLUMNS).toHaveLength(61);
      expect(GDELT_COLUMNS.slice(0, 6)).toEqual([
        "GLOBALEVENTID",
        "SQLDATE",
        "MonthYear",
        "Year",
        "FractionDate",
        "Actor1Code",
      ]);
      expect(GDELT_COLUMNS.slice(25, 35)).toEqual([
        "IsRootEvent",
        "EventCode",
        "EventBaseCode",
        "EventRootCode",
        "QuadClass",
        "GoldsteinScale",
        "NumMentions",
        "NumSources",
        "NumArticles",
        "AvgTone",
      ]);
      expect(GDELT_COLUMNS.slice(-2)).toEqual(["DATEADDED", "SOURCEURL"]);
      expect(GDELT_COLUMNS).toContain("ActionGeo_ADM2Code");
    });

    it("writes one 61-field line per event, blank where unknown", async () => {
      const [header, ...lines] = (await collect("gdelt", EVERY_FACTUALITY)).trimEnd().split("\n");
      expect(header.split("\t")).toEqual(GDELT_COLUMNS);
      expect(lines).toHaveLength(7);
      const rows = lines.map((line) =>
        Object.fromEntries(line.split("\t").map((value, i) => [GDELT_COLUMNS[i], value])),
      );
      for (const line of lines) expect(line.split("\t")).toHaveLength(61);

      const meet = rows.find((row) => row.EventCode === "040" && row.Actor1Code === "CHN");
      expect(meet).toMatchObject({
        SQLDATE: "20230922",
        MonthYear: "202309",
        Year: "2023",
        Actor1Name: "CHINA",
        Actor2Code: "SYR",
        Actor2CountryCode: "SYR",
        EventBaseCode: "040",
        EventRootCode: "04",
        QuadClass: "1",
        GoldsteinScale: "1",
        NumArticles: "1",
        AvgTone: "",
        Actor1Type1Code: "",
        ActionGeo_FullName: "Hangzhou, China",
        ActionGeo_Lat: "30.29",
        ActionGeo_Long: "120.16",
        ActionGeo_Type: "4",
      });
      expect(meet?.SOURCEURL).toMatch(/^https:\/\/example\.org\/china-syria#char=0,\d+$/);
      expect(meet?.DATEADDED).toMatch(/^\d{14}$/);

      const visit = rows.find((row) => row.EventCode === "042");
      expect(visit).toMatchObject({ SQLDATE: "", MonthYear: "", Year: "2004", FractionDate: "" });
      const sanction = rows.find((row) => row.EventCode === "163");
      expect(sanction).toMatchObject({ QuadClass: "4", GoldsteinScale: "-8", SQLDATE: "", MonthYear: "202203" });
      expect(sanction?.SOURCEURL).toMatch(/^dyad:document\/\d+#char=0,\d+$/);
    });
  });

  describe("PLOVER-style JSONL", () => {
    it("writes one object per event with PLOVER codes, document and exact evidence", async () => {
      const objects = (await collect("jsonl", EVERY_FACTUALITY))
        .trimEnd()
        .split("\n")
        .map((line) => JSON.parse(line));
      expect(objects).toHaveLength(7);
      const visit = objects.find((object) => object.dyad_kind === "visit");
      expect(visit).toMatchObject({
        event: "CONSULT",
        mode: "visit",
        cameo: "042",
        source: ["SYR"],
        target: ["CHN"],
        date: "2004",
        date_precision: "year",
      });
      expect(visit.document).toMatchObject({
        title: "Xi, Assad announce strategic partnership",
        url: "https://example.org/china-syria",
      });
      const text = fixtureArticles.chinaSyria.text;
      expect(text.slice(visit.evidence.start, visit.evidence.end)).toBe(visit.evidence.text);
      const intended = objects.find((object) => object.factuality === "intended");
      expect(intended.event).toBe("AGREE");
    });
  });

  describe("CSV of events and of relations", () => {
    it("quotes untrusted text, guards formulas, and keeps source and evidence on every row", async () => {
      const [header, ...rows] = parseCsv(await collect("csv", EVERY_FACTUALITY));
      expect(rows).toHaveLength(7);
      const column = (name: string) => header.indexOf(name);
      for (const row of rows) {
        expect(row).toHaveLength(header.length);
        expect(row[column("source_url")]).not.toBe("");
        expect(row[column("evidence_text")]).not.toBe("");
      }
      const malicious = rows.find((row) => row[column("source")] === "IRN") as string[];
      expect(malicious[column("evidence_text")]).toBe(`'${fixtureArticles.malicious.text}`);
      expect(malicious[column("document_title")]).toBe('<img src=x onerror="alert(1)">');
    });

    it("writes relations with parties, level, since and evidence", async () => {
      const [header, ...rows] = parseCsv(await collect("relations-csv"));
      expect(rows).toHaveLength(2);
      const partnership = rows.find((row) => row[header.indexOf("kind")] === "partnership") as string[];
      expect(partnership[header.indexOf("parties")]).toBe("CHN;SYR");
      expect(partnership[header.indexOf("label")]).toBe("strategic partnership");
      expect(partnership[header.indexOf("since")]).toBe("2023-09-22");
      expect(partnership[header.indexOf("evidence_text")]).toContain("strategic partnership");
    });
  });

  describe("GraphML", () => {
    it("is well-formed GraphML with states, edges, partnership level and source documents", async () => {
      const xml = await collect("graphml");
      const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(xml);
      const graph = parsed.graphml.graph;
      const nodes = [graph.node].flat();
      const edges = [graph.edge].flat();
      expect(nodes.map((node: { id: string }) => node.id)).toEqual(
        expect.arrayContaining(["CHN", "SYR", "USA", "RUS", "IRN", "IRQ"]),
      );
      const chinaSyria = edges.find((edge: { id: string }) => edge.id === "CHN|SYR");
      const data = Object.fromEntries(
        [chinaSyria.data].flat().map((entry: { key: string; "#text": unknown }) => [entry.key, String(entry["#text"])]),
      );
      // three events count between China and Syria; the intended one does not
      expect(data).toMatchObject({ edge_partnership: "strategic partnership", edge_events: "3", edge_balance: "1" });
      expect(data.edge_documents).toMatch(/^\d+$/);
    });
  });

  describe("streaming", () => {
    it("reads the store a page at a time", async () => {
      const sizes: number[] = [];
      for await (const page of eventPages(store, {}, 3)) sizes.push(page.length);
      expect(sizes).toEqual([3, 3, 1]);
    });

    it("runs from the command line to a file", async () => {
      const out = join(folder, "events.tsv");
      await promisify(execFile)(
        process.execPath,
        ["bin/dyad.mjs", "export", "--format", "gdelt", "--db", databasePath, "--out", out],
        { cwd: join(import.meta.dirname, "..") },
      );
      // a header and the six events that count (the intended one is left out by default)
      expect(readFileSync(out, "utf8").trimEnd().split("\n")).toHaveLength(7);
    });

    it("refuses an unknown format on the command line, naming the formats", async () => {
      const run = promisify(execFile)(
        process.execPath,
        ["bin/dyad.mjs", "export", "--format", "xml", "--db", databasePath],
        {
          cwd: join(import.meta.dirname, ".."),
        },
      );
      await expect(run).rejects.toThrow(/jsonl, gdelt, csv, relations-csv, graphml/);
    });
  });
});

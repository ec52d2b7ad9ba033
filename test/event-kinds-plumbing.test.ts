// The 22 kinds of the contract reach every consumer: codes, the conflict–cooperation scale, the API's enums,
// review corrections and every export, over a real SQLite store holding one article written for this test.
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EVENT_KINDS, type EventKind, type RecordEvent } from "../src/record/record.ts";
import { goldsteinOf, ploverQuadClassOf, quadClassOf } from "../src/serve/aggregate/event-scales.ts";
import { codesOfKind } from "../src/serve/aggregate/kind-codes.ts";
import { EXPORT_FORMATS } from "../src/serve/export/export-formats.ts";
import { GDELT_COLUMNS } from "../src/serve/export/gdelt-columns.ts";
import { createApp } from "../src/serve/http/app.ts";
import { openStore } from "../src/store/open-store.ts";
import type { Store } from "../src/store/store.ts";
import { event } from "./store/contract-articles.ts";

// kind, PLOVER, default CAMEO, GDELT quad class, PLOVER quad class, Goldstein weight (CAMEO codebook)
const NEW_KINDS: [EventKind, string, string, number, number, number][] = [
  ["coerce", "COERCE", "170", 4, 4, -7],
  ["mobilize", "MOBILIZE", "150", 4, 4, -7.2],
  ["concede", "CONCEDE", "080", 2, 2, 5],
  ["retreat", "RETREAT", "084", 2, 2, 7],
  ["investigate", "INVESTIGATE", "090", 3, 3, -2],
  ["protest", "PROTEST", "140", 3, 4, -6.5],
];

describe("the contract's kinds", () => {
  it("has the 22 kinds, the six PLOVER completions last", () => {
    expect(EVENT_KINDS).toHaveLength(22);
    expect(EVENT_KINDS.slice(16)).toEqual(NEW_KINDS.map(([kind]) => kind));
  });

  it.each(NEW_KINDS)(
    "%s codes as PLOVER %s, CAMEO %s, on the scale",
    (kind, plover, cameo, quad, ploverQuad, weight) => {
      expect(codesOfKind(kind, "occurred")).toEqual({ plover, cameo });
      expect(quadClassOf(cameo)).toBe(quad);
      expect(ploverQuadClassOf(plover)).toBe(ploverQuad);
      expect(goldsteinOf(cameo)).toBe(weight);
    },
  );

  it.each(EVENT_KINDS)("%s has codes, a quad class and a Goldstein weight, occurred or intended", (kind) => {
    for (const factuality of ["occurred", "intended"] as const) {
      const codes = codesOfKind(kind, factuality);
      expect(ploverQuadClassOf(codes.plover), `${kind} ${factuality} ${codes.plover}`).not.toBeNull();
      expect(quadClassOf(codes.cameo), `${kind} ${factuality} ${codes.cameo}`).not.toBeNull();
      expect(goldsteinOf(codes.cameo), `${kind} ${factuality} ${codes.cameo}`).not.toBeNull();
    }
    const { cameo } = codesOfKind(kind, "occurred");
    const cooperative = (quadClassOf(cameo) ?? 0) <= 2;
    // the Goldstein weight and the quad class put a kind on the same side of the scale
    expect((goldsteinOf(cameo) ?? 0) > 0).toBe(cooperative);
  });
});

const text = [
  "Iran detained two British nationals in Tehran.",
  "Russia massed troops near the Ukrainian border.",
  "The United States eased sanctions on Venezuela.",
  "Israel released Palestinian prisoners to Egypt.",
  "The ICC opened an investigation into Russia.",
  "Thousands protested in Seoul against Japan.",
].join(" ");

const parties: Record<string, [string, string]> = {
  coerce: ["IRN", "GBR"],
  mobilize: ["RUS", "UKR"],
  concede: ["USA", "VEN"],
  retreat: ["ISR", "EGY"],
  investigate: ["org:icc", "RUS"],
  protest: ["KOR", "JPN"],
};

function newKindEvents(): RecordEvent[] {
  const sentences = text.split(/(?<=\.) /);
  return NEW_KINDS.map(([kind, plover, cameo], i) =>
    event(text, sentences[i], {
      kind,
      source: [parties[kind][0]],
      target: [parties[kind][1]],
      date: `2024-05-0${i + 1}`,
      codes: { plover, cameo },
    }),
  );
}

let folder: string;
let store: Store;
let app: ReturnType<typeof createApp>;
const TOKEN = "test-token-0123456789";

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), "dyad-kinds-"));
  store = await openStore(join(folder, "kinds.db"));
  await store.saveArticle({
    record: {
      input: "new-kinds.txt",
      document: { title: "Six kinds", published: "2024-05-07", dateline: null, language: "en" },
      entities: [],
      events: newKindEvents(),
      relations: [],
      quotes: [],
    },
    text,
    contentHash: createHash("sha256").update(text).digest("hex"),
  });
  app = createApp({ store, token: TOKEN });
});

afterAll(async () => {
  await store?.close();
  rmSync(folder, { recursive: true, force: true });
});

async function exported(format: keyof typeof EXPORT_FORMATS): Promise<string> {
  let out = "";
  for await (const chunk of EXPORT_FORMATS[format].generate(store)) out += chunk;
  return out;
}

describe("the new kinds through the store, the API and the exports", () => {
  it("filters events by the new kinds and refuses a kind outside the contract", async () => {
    const response = await app.request("/api/events?kind=coerce,protest");
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.items.map((item: { kind: string }) => item.kind).sort()).toEqual(["coerce", "protest"]);
    const unknown = await app.request("/api/events?kind=arrest");
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(await unknown.json())).toMatch(/kind/);
  });

  it("recodes a review correction to a new kind", async () => {
    const [coerce] = (await (await app.request("/api/events?kind=coerce")).json()).items;
    const response = await app.request(`/api/events/${coerce.id}/review`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ action: "correct", kind: "mobilize" }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ kind: "mobilize", codes: { plover: "MOBILIZE", cameo: "150" } });
    // put it back for the export tests
    await app.request(`/api/events/${coerce.id}/review`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ action: "correct", kind: "coerce" }),
    });
  });

  it("writes PLOVER JSONL with the new PLOVER event types", async () => {
    const objects = (await exported("jsonl"))
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(objects.map((object) => [object.dyad_kind, object.event]).sort()).toEqual(
      NEW_KINDS.map(([kind, plover]) => [kind, plover]).sort(),
    );
  });

  it("writes GDELT rows with the new CAMEO roots, quad classes and Goldstein weights", async () => {
    const [, ...lines] = (await exported("gdelt")).trimEnd().split("\n");
    const rows = lines.map((line) => Object.fromEntries(line.split("\t").map((value, i) => [GDELT_COLUMNS[i], value])));
    const mobilize = rows.find((row) => row.EventRootCode === "15");
    expect(mobilize).toMatchObject({ Actor1Code: "RUS", Actor2Code: "UKR", QuadClass: "4", GoldsteinScale: "-7.2" });
    const concede = rows.find((row) => row.EventRootCode === "08");
    expect(concede).toMatchObject({ Actor1Code: "USA", Actor2Code: "VEN", QuadClass: "2", GoldsteinScale: "5" });
    expect(rows.map((row) => row.EventRootCode).sort()).toEqual(["08", "08", "09", "14", "15", "17"]);
  });

  it("writes CSV rows with the new kinds and codes", async () => {
    const [header, ...rows] = (await exported("csv")).trimEnd().split(/\r?\n/);
    const columns = header.split(",");
    const kinds = rows.map((row) => row.split(",")[columns.indexOf("kind")]);
    expect(kinds.sort()).toEqual(NEW_KINDS.map(([kind]) => kind).sort());
    expect(rows.find((row) => row.includes(",protest,"))).toContain(",PROTEST,140,");
  });
});

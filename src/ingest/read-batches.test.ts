import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import type { ReadArticle } from "./article.ts";
import { publishedDate } from "./article-field-checks.ts";
import { InputError } from "./input-errors.ts";
import { readInputs } from "./read-inputs.ts";

const FEEDS = "test/fixtures/feeds";

async function read(args: string[], stdin?: string) {
  const items: (ReadArticle | InputError)[] = [];
  for await (const item of readInputs(args, stdin === undefined ? {} : { stdin: Readable.from([stdin]) })) {
    items.push(item);
  }
  return items;
}

/** What matters of each item: its label, then its metadata and body, or its error code. */
const summary = (items: (ReadArticle | InputError)[]) =>
  items.map((item) =>
    item instanceof InputError
      ? [item.input, item.code]
      : [item.input, item.title, item.published, item.source, item.url, item.text.slice(item.bodyStart).trim()],
  );

describe("feeds and JSON Lines as inputs", () => {
  const folder = mkdtempSync(join(tmpdir(), "dyad-batches-"));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("reads an RSS feed: one article per item, full content first, the channel as source", async () => {
    expect(summary(await read([`${FEEDS}/wire.rss`]))).toEqual([
      [
        `${FEEDS}/wire.rss#1`,
        "Kenya and Ethiopia agree to speed up border road",
        "2023-03-15",
        "East Africa Wire",
        "https://wire.example/2023/03/15/kenya-ethiopia",
        "NAIROBI, March 15 - Kenya and Ethiopia agreed on Wednesday to speed up work on a cross-border highway, as President William Ruto hosted Prime Minister Abiy Ahmed for talks in Nairobi.\n\nThe two leaders signed four agreements covering trade, energy, transport and security.",
      ],
      [
        `${FEEDS}/wire.rss#2`,
        "Ethiopia & Somalia restore flights",
        "2023-03-16",
        "East Africa Wire",
        "https://wire.example/2023/03/16/flights",
        "Ethiopia and Somalia agreed on Thursday to restore direct flights between Addis Ababa and Mogadishu, officials in both capitals said.",
      ],
      [`${FEEDS}/wire.rss#3`, "no_text"],
    ]);
  });

  it("reads an Atom feed: the alternate link, the published date as written", async () => {
    expect(summary(await read([`${FEEDS}/summit.atom`]))).toEqual([
      [
        `${FEEDS}/summit.atom#1`,
        "Kenya, Ethiopia to fast-track highway",
        "2023-03-15",
        "Horn Observer",
        "https://horn-observer.example/kenya-ethiopia-highway",
        "Kenya and Ethiopia agreed on Wednesday to speed up work on a cross-border highway and a power line.",
      ],
    ]);
  });

  it("reads JSON Lines: text or HTML per line, each bad line an error naming its line", async () => {
    const items = await read([`${FEEDS}/batch.jsonl`]);
    expect(summary(items)).toEqual([
      [
        `${FEEDS}/batch.jsonl:1`,
        "Kenya and Ethiopia agree",
        "2023-03-15",
        "East Africa Wire",
        "https://wire.example/1",
        "Kenya and Ethiopia agreed on Wednesday to speed up work on a cross-border highway.",
      ],
      [
        `${FEEDS}/batch.jsonl:3`,
        "Flights",
        null,
        "Horn Observer",
        null,
        "Ethiopia and Somalia agreed on Thursday to restore direct flights.\n\nOfficials welcomed the decision.",
      ],
      [`${FEEDS}/batch.jsonl:4`, "bad_json_line"],
      [`${FEEDS}/batch.jsonl:5`, "bad_json_line"],
      [`${FEEDS}/batch.jsonl:6`, "bad_json_line"],
    ]);
    expect((items[2] as InputError).message).toMatch(/"test\/fixtures\/feeds\/batch.jsonl:4" is not valid JSON/);
    expect((items[3] as InputError).message).toMatch(/has neither "text" nor "html"/);
  });

  it("gives feed articles content hashes of their bodies, so a re-read feed is stored once", async () => {
    const [first] = (await read([`${FEEDS}/wire.rss`])) as ReadArticle[];
    const [again] = (await read([`${FEEDS}/wire.rss`])) as ReadArticle[];
    expect(first.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(again.contentHash).toBe(first.contentHash);
  });

  it("finds feeds and batches in folders, but not other XML files", async () => {
    writeFileSync(join(folder, "a.jsonl"), '{"text":"Kenya and Ethiopia agreed on Wednesday to build a road."}\n');
    writeFileSync(
      join(folder, "b.rss"),
      "<rss><channel><title>T</title><item><description>Kenya hosted Ethiopia for talks on trade.</description></item></channel></rss>",
    );
    writeFileSync(join(folder, "sitemap.xml"), "<urlset></urlset>");
    expect(summary(await read([folder])).map(([input]) => input)).toEqual([`${folder}/a.jsonl:1`, `${folder}/b.rss#1`]);
  });

  it("recognises a feed or a batch on standard input by its content", async () => {
    const rss =
      '<?xml version="1.0"?><rss><channel><title>T</title><item><title>X</title><description>Kenya hosted Ethiopia for talks on trade and roads.</description></item></channel></rss>';
    expect(summary(await read(["-"], rss)).map(([input]) => input)).toEqual(["-#1"]);
    const jsonl = '{"text":"Kenya hosted Ethiopia for talks."}\n{"text":"Ethiopia thanked Kenya for its support."}\n';
    expect(summary(await read(["-"], jsonl)).map(([input]) => input)).toEqual(["-:1", "-:2"]);
  });

  it.each<[string, string]>([
    ["not XML at all", "<rss><channel><item>"],
    ["no items", "<rss><channel><title>Empty</title></channel></rss>"],
    ["not a feed", "<html><body>page</body></html>"],
  ])("refuses a .xml file that is %s", async (_label, xml) => {
    const path = join(folder, "bad.xml");
    writeFileSync(path, xml);
    const items = await read([path]);
    expect(summary(items)).toEqual([[path, "bad_feed"]]);
  });

  it.each<[string, string]>([
    [
      '{"text":"Kenya and Ethiopia met.","published":"99999-99-99"}',
      'has a field "published" that is not a date ("99999-99-99")',
    ],
    [
      '{"text":"Kenya and Ethiopia met.","published":"2023-13-01"}',
      'has a field "published" that is not a date ("2023-13-01")',
    ],
    [
      '{"text":"Kenya and Ethiopia met.","title":"x","url":"' + "u".repeat(2001) + '"}',
      'has a field "url" longer than 2000',
    ],
  ])("reports a bad JSON Lines field as a bad line, not bad front matter: %s", async (line, message) => {
    const path = join(folder, "bad-field.jsonl");
    writeFileSync(path, `${line}\n`);
    const [item] = await read([path]);
    expect(item).toBeInstanceOf(InputError);
    expect((item as InputError).code).toBe("bad_json_line");
    expect((item as InputError).message).toContain(message);
  });

  it("reports a symbolic link loop as a loop, not as a permission problem", async () => {
    const loop = join(folder, "loop");
    symlinkSync(loop, loop);
    const [item] = await read([loop]);
    expect((item as InputError).code).toBe("symlink_loop");
  });

  it.each<[string, string | null]>([
    ["2023-03-15T20:00:00+03:00", "2023-03-15"],
    ["2023-03", "2023-03"],
    ["Wed, 15 Mar 2023 18:20:00 GMT", "2023-03-15"],
    ["5 March 2023", "2023-03-05"],
    ["yesterday", null],
    ["99999-99-99", null],
    ["2023-13-01", null],
    ["31 Feb 2023", null],
  ])("reads the date %s as %s", (value, expected) => {
    expect(publishedDate(value)).toBe(expected);
  });
});

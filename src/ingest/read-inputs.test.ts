import { chmod, mkdir, mkdtemp, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ReadArticle } from "./article.ts";
import { InputError, MAX_INPUT_BYTES } from "./input-errors.ts";
import { readInputs } from "./read-inputs.ts";

const ARTICLE = (place: string) =>
  `${place.toUpperCase()} – The foreign ministers of the two countries met in ${place} on Tuesday and agreed to resume talks on a trade agreement, officials said.\n`;

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "dyad-read-inputs-"));
  await writeFile(join(dir, "one.txt"), ARTICLE("Geneva"));
  await mkdir(join(dir, "folder/b-sub"), { recursive: true });
  await mkdir(join(dir, "folder/.hidden"), { recursive: true });
  await mkdir(join(dir, "empty-folder"));
  await writeFile(join(dir, "folder/z.md"), ARTICLE("Oslo"));
  await writeFile(
    join(dir, "folder/a.html"),
    `<!doctype html><html><body><article><p>${ARTICLE("Paris")}</p></article></body></html>`,
  );
  await writeFile(join(dir, "folder/b-sub/c.text"), ARTICLE("Rome"));
  await writeFile(join(dir, "folder/b-sub/notes.json"), "{}");
  await writeFile(join(dir, "folder/photo.jpg"), new Uint8Array([0xff, 0xd8, 0xff, 0x00]));
  await writeFile(join(dir, "folder/.hidden/secret.txt"), ARTICLE("Vienna"));
  await writeFile(join(dir, "folder/empty.txt"), "");
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function collect(args: string[], stdin?: NodeJS.ReadableStream): Promise<(ReadArticle | InputError)[]> {
  const items: (ReadArticle | InputError)[] = [];
  for await (const item of readInputs(args, { stdin })) items.push(item);
  return items;
}

const summary = (item: ReadArticle | InputError) =>
  item instanceof InputError ? [item.input, item.code] : [item.input, item.dateline?.place];

describe("readInputs", () => {
  it("reads each argument in the order given; a missing path is an error in the stream", async () => {
    const one = join(dir, "one.txt");
    const missing = join(dir, "missing.txt");
    const items = await collect([missing, one, missing]);
    expect(items.map(summary)).toEqual([
      [missing, "not_found"],
      [one, "Geneva"],
      [missing, "not_found"],
    ]);
  });

  it("expands a folder recursively: article files only, sorted, hidden ones skipped, the folder as given", async () => {
    const folder = join(dir, "folder");
    const items = await collect([folder]);
    expect(items.map(summary)).toEqual([
      [`${folder}/a.html`, "Paris"],
      [`${folder}/b-sub/c.text`, "Rome"],
      [`${folder}/empty.txt`, "empty"],
      [`${folder}/z.md`, "Oslo"],
    ]);
  });

  it("keeps a trailing slash as given", async () => {
    const items = await collect([`${join(dir, "folder")}/`]);
    expect(items[0].input).toBe(`${join(dir, "folder")}/a.html`);
  });

  it("reports a folder without article files", async () => {
    const items = await collect([join(dir, "empty-folder")]);
    expect(items.map(summary)).toEqual([[join(dir, "empty-folder"), "empty_folder"]]);
  });

  it('reads "-" from stdin', async () => {
    const items = await collect(
      ["-"],
      Readable.from([Buffer.from(ARTICLE("Lima").slice(0, 20)), Buffer.from(ARTICLE("Lima").slice(20))]),
    );
    expect(items.map(summary)).toEqual([["-", "Lima"]]);
  });

  it("refuses stdin over the size limit without keeping it all", async () => {
    const chunk = Buffer.alloc(1024 * 1024, 0x61);
    const items = await collect(["-"], Readable.from(Array.from({ length: 6 }, () => chunk)));
    expect(items.map(summary)).toEqual([["-", "too_large"]]);
  });

  it("refuses a 20 MB file from its size alone, quickly", async () => {
    // A sparse file of zeros: read, it would be "binary"; refused unread, it is "too_large".
    const big = join(dir, "big.txt");
    await writeFile(big, "");
    await truncate(big, 20 * 1024 * 1024);
    const started = performance.now();
    const [item] = await collect([big]);
    expect(performance.now() - started).toBeLessThan(500);
    expect(summary(item)).toEqual([big, "too_large"]);
    expect((item as InputError).message).toContain("20.0 MB");
  });

  it("accepts a file of exactly the limit", async () => {
    const edge = join(dir, "edge.txt");
    const text = ARTICLE("Quito");
    await writeFile(edge, text + " ".repeat(MAX_INPUT_BYTES - Buffer.byteLength(text)));
    const [item] = await collect([edge]);
    expect(summary(item)).toEqual([edge, "Quito"]);
  });

  it.skipIf(process.getuid?.() === 0)("reports a file it may not read", async () => {
    const locked = join(dir, "locked.txt");
    await writeFile(locked, ARTICLE("Bern"));
    await chmod(locked, 0o000);
    const [item] = await collect([locked]);
    expect(summary(item)).toEqual([locked, "unreadable"]);
  });
});

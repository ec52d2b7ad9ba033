// A synthetic corpus for the scale benchmark: N distinct news articles (bench/synthetic-news.ts), as one text
// file each (in folders of 1,000) or as one JSON Lines file. Deterministic: the same count and seed give
// the same corpus on every machine.
// Usage: npx tsx bench/generate-corpus.ts --count 100000 --out corpus/ [--jsonl] [--seed 1]

import { once } from "node:events";
import { createWriteStream, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { syntheticArticle } from "../test/synthetic/synthetic-news.ts";

const FILES_PER_FOLDER = 1000;

/** Writes `count` articles under `folder`, one file each; returns the folder. */
export function generateCorpusFiles(count: number, folder: string, seed = 1): string {
  for (let index = 0; index < count; index += 1) {
    const sub = join(folder, String(Math.floor(index / FILES_PER_FOLDER)).padStart(4, "0"));
    if (index % FILES_PER_FOLDER === 0) mkdirSync(sub, { recursive: true });
    const article = syntheticArticle(index, seed);
    writeFileSync(join(sub, article.fileName), article.content);
  }
  return folder;
}

/** Writes `count` articles as JSON Lines ({title, published, source, url, text}) to `path`. */
export async function generateCorpusJsonl(count: number, path: string, seed = 1): Promise<string> {
  const out = createWriteStream(path);
  for (let index = 0; index < count; index += 1) {
    const { content } = syntheticArticle(index, seed);
    const [, frontMatter, body] = content.split(/^---\n/m);
    const fields = Object.fromEntries(
      frontMatter
        .trim()
        .split("\n")
        .map((line) => {
          const at = line.indexOf(": ");
          const value = line.slice(at + 2);
          return [line.slice(0, at), value.startsWith('"') ? JSON.parse(value) : value];
        }),
    );
    if (!out.write(`${JSON.stringify({ ...fields, text: body.trim() })}\n`)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  return path;
}

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(option("count") ?? "100000");
  const out = option("out");
  const seed = Number(option("seed") ?? "1");
  if (!out || !Number.isInteger(count) || count < 1) {
    process.stderr.write("usage: generate-corpus.ts --count N --out FOLDER|FILE.jsonl [--jsonl] [--seed S]\n");
    process.exit(2);
  }
  const started = performance.now();
  if (process.argv.includes("--jsonl")) await generateCorpusJsonl(count, out, seed);
  else generateCorpusFiles(count, out, seed);
  process.stdout.write(`${count} articles in ${out} (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
}

// What the extraction benches share: `--name value` options and the corpus of N distinct articles.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export function argument(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

export interface BenchArticle {
  name: string;
  bytes: Uint8Array;
}

/**
 * `count` articles: the texts of `--corpus` (default the dev set beside the repository, else the examples)
 * repeated, each copy differing by a closing line so that each has its own content hash.
 */
export function benchCorpus(count: number): BenchArticle[] {
  let dir = argument("corpus", join(import.meta.dirname, "../../shared/eval/dev"));
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => /\.(txt|html)$/.test(f));
  } catch {
    dir = join(import.meta.dirname, "../examples");
    files = readdirSync(dir).filter((f) => /\.(txt|html)$/.test(f));
  }
  files.sort();
  const base = files.map((f) => readFileSync(join(dir, f), "utf8"));
  return Array.from({ length: count }, (_, i) => ({
    name: `copy-${i}-${files[i % files.length]}`,
    bytes: new TextEncoder().encode(`${base[i % base.length]}\n\n(Bench copy ${i}.)\n`),
  }));
}

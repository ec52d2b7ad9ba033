// npm run knowledge:coverage -- ../shared/eval/dev [--all]
// Runs the event dictionary over every article of a gold folder (NNN.txt beside NNN.gold.json) and
// lists (1) the dictionary entries that never matched, dyad.json's in full and the others counted by
// file (--all lists them too), and (2) the gold events by how an entry of their kind matched: in a
// sentence that quotes a phrase of the event's note, elsewhere in the article only, or nowhere; and
// (3) the entries that match most often in articles whose gold has no event of their kind.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadDictionaryIndex, matchDictionary } from "../src/analyze/dictionary/index.ts";
import { parse } from "../src/parse/index.ts";

interface GoldEvent {
  kind: string;
  source: string[];
  target: string[];
  note?: string;
}

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith("--"));
if (!dir) {
  console.error("usage: npm run knowledge:coverage -- GOLD_DIR [--all]");
  process.exit(2);
}
const { dictionary, index } = loadDictionaryIndex();
const fileOf = new Map(dictionary.blocks.map(({ file, block }) => [block.id, file]));
const used = new Set<string>();
const misses: string[] = [];
/** Per entry: matches in articles whose gold has no event of the entry's kind (likely noise). */
const unsupported = new Map<string, number>();
const NEW_KINDS = new Set(["coerce", "mobilize", "concede", "retreat", "investigate", "protest"]);
const elsewhere: string[] = [];
let goldEvents = 0;

for (const name of readdirSync(dir)
  .filter((n) => n.endsWith(".gold.json"))
  .sort()) {
  const article = name.replace(/\.gold\.json$/, "");
  const text = stripFrontMatter(readFileSync(join(dir, `${article}.txt`), "utf8"));
  const sentences = parse(text).map((s) => {
    const matches = matchDictionary(s.tokens, index);
    for (const m of matches) used.add(m.entry.id);
    return {
      text: normal(text.slice(s.start, s.end)),
      kinds: new Set<string | null>(matches.map((m) => m.entry.kind)),
      ids: matches.map((m) => m.entry.id),
      idKinds: new Map(matches.map((m) => [m.entry.id, m.entry.kind ?? ""])),
    };
  });
  const gold = JSON.parse(readFileSync(join(dir, name), "utf8")) as { events?: GoldEvent[]; kinds_version?: number };
  const goldKinds = new Set((gold.events ?? []).map((e) => e.kind));
  for (const s of sentences)
    for (const id of s.ids) {
      const kind = s.idKinds.get(id) ?? "";
      if (goldKinds.has(kind) || (NEW_KINDS.has(kind) && gold.kinds_version !== 2)) continue;
      unsupported.set(id, (unsupported.get(id) ?? 0) + 1);
    }
  for (const event of gold.events ?? []) {
    goldEvents += 1;
    // notes quote the article in pieces: "Saudi Arabia ... ended diplomatic relations with Qatar (on Monday)"
    const fragments = (event.note ?? "")
      .split(/;|\.\.\.|…|\(|\)|:|'/)
      .map(normal)
      .filter((f) => f.length >= 15);
    const at = sentences.filter((s) => fragments.some((f) => s.text.includes(f) || f.includes(s.text)));
    const label = `${article} ${event.kind} ${event.source.join("+")} -> ${event.target.join("+")}: ${(event.note ?? "").slice(0, 110)}`;
    if (at.some((s) => s.kinds.has(event.kind))) continue;
    if (sentences.some((s) => s.kinds.has(event.kind))) elsewhere.push(label);
    else misses.push(label);
  }
}

report();

function report(): void {
  const unused = dictionary.entries.filter((e) => e.kind !== null && !used.has(e.id));
  const byFile = new Map<string, string[]>();
  for (const e of unused) {
    const file = fileOf.get(e.blockId) ?? "?";
    byFile.set(file, [...(byFile.get(file) ?? []), e.id]);
  }
  const coding = dictionary.entries.filter((e) => e.kind !== null).length;
  console.log(`entries that code an event: ${coding}; matched on ${dir}: ${coding - unused.length}`);
  for (const [file, ids] of byFile) {
    console.log(`\nnever matched in ${file}: ${ids.length}`);
    if (file === "dyad.json" || args.includes("--all")) for (const id of ids) console.log(`  ${id}`);
  }
  const found = goldEvents - misses.length - elsewhere.length;
  console.log(`\ngold events: ${goldEvents}; a dictionary match of their kind in their sentence: ${found}`);
  console.log(`kind matched in the article, not in a sentence that quotes the note: ${elsewhere.length}`);
  for (const e of elsewhere) console.log(`  ${e}`);
  console.log(`no dictionary match of their kind anywhere in the article: ${misses.length}`);
  for (const m of misses) console.log(`  ${m}`);
  const noisy = [...unsupported].sort((a, b) => b[1] - a[1]).slice(0, args.includes("--all") ? undefined : 40);
  console.log("\nentries matching most often in articles whose gold has no event of their kind (review candidates):");
  for (const [id, n] of noisy) console.log(`  ${n}\t${id}`);
}

function stripFrontMatter(text: string): string {
  const m = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(text);
  return m ? " ".repeat(m[0].length) + text.slice(m[0].length) : text;
}

function normal(s: string): string {
  return s
    .toLowerCase()
    .replace(/[“”"’']/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

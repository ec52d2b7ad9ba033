// The review of the converted CAMEO dictionary, kept as data (knowledge/event-dictionary/review/
// cameo-review.json): each decision names a CAMEO block (and a pattern, the bare verb, or lemmas)
// and drops or fixes it, with the reason. A decision that matches nothing is an error, so the
// review stays true to the dictionary it was made for.
import { z } from "zod";
import {
  type DictionaryBlock,
  type DictionaryPattern,
  exampleSchema,
  patternSchema,
} from "../../src/knowledge/event-dictionary-schema.ts";

/** A CAMEO pattern the conversion left out, and why (defined here so review.ts and convert-cameo.ts do not import each other). */
export interface Dropped {
  block: string;
  pattern: string;
  reason: string;
}

export const reviewSchema = z
  .object({
    comment: z.string().optional(),
    decisions: z.array(
      z
        .object({
          /** The CAMEO block's name as the verb file writes it ("ARRANGE", "EXPLAIN_VERBAL"). */
          block: z.string(),
          /** A pattern's text as the verb file writes it, after "-" and before its code: "* FIRE". */
          pattern: z.string().optional(),
          /** The bare verb (the block's own code). */
          bare: z.literal(true).optional(),
          /** Lemmas to take out of the block. */
          lemmas: z.array(z.string()).optional(),
          action: z.enum(["drop", "fix"]),
          /** For fix: the fields that replace the converted ones. */
          set: patternSchema.partial().optional(),
          reason: z.string().min(1),
        })
        .strict(),
    ),
    /** Hand-written examples that replace the generated ones, by dyad block id. */
    examples: z.record(z.string(), z.array(exampleSchema)).default({}),
  })
  .strict();

export type Review = z.infer<typeof reviewSchema>;

export function applyReview(
  blocks: DictionaryBlock[],
  review: Review,
  dropped: Dropped[],
): { blocks: DictionaryBlock[]; fixed: { block: string; pattern: string; reason: string }[] } {
  const fixed: { block: string; pattern: string; reason: string }[] = [];
  let out = blocks;
  for (const d of review.decisions) {
    const base = `cameo:${d.block.toLowerCase().replace(/_/g, "-")}`;
    const targets = out.filter((b) => b.id === base || b.id.startsWith(`${base}:`));
    if (targets.length === 0) throw new Error(`cameo-review.json: no converted block ${d.block}`);
    let hits = 0;
    for (const block of targets) {
      if (d.lemmas) {
        const before = block.lemmas.length;
        block.lemmas = block.lemmas.filter((l) => !d.lemmas?.includes(l));
        hits += before - block.lemmas.length;
      } else if (d.bare) {
        if (block.kind === undefined) continue;
        hits += 1;
        if (d.action === "drop") {
          delete block.kind;
          delete block.cameo;
          delete block.factuality;
        } else Object.assign(block, d.set);
      } else if (d.pattern) hits += reviewPatterns(block, d.pattern, d.action, d.set);
      else if (d.action === "drop") {
        block.lemmas = [];
        hits += 1;
      }
    }
    if (hits === 0) throw new Error(`cameo-review.json: the decision on ${d.block} ${d.pattern ?? ""} matches nothing`);
    const what = d.pattern ?? (d.bare ? "(bare verb)" : d.lemmas ? `(lemmas ${d.lemmas.join(", ")})` : "(block)");
    if (d.action === "drop") dropped.push({ block: d.block, pattern: what, reason: `review: ${d.reason}` });
    else fixed.push({ block: d.block, pattern: what, reason: d.reason });
    out = out.filter((b) => b.lemmas.length > 0 && (b.kind || b.patterns.length > 0));
  }
  for (const block of out) {
    const examples = review.examples[block.id];
    if (examples) block.examples = examples;
  }
  return { blocks: out, fixed };
}

function reviewPatterns(
  block: DictionaryBlock,
  text: string,
  action: "drop" | "fix",
  set: Partial<DictionaryPattern> | undefined,
): number {
  const matches = (p: DictionaryPattern) => p.note?.startsWith(`- ${text} [`) ?? false;
  const hits = block.patterns.filter(matches).length;
  if (action === "drop") block.patterns = block.patterns.filter((p) => !matches(p));
  else for (const p of block.patterns) if (matches(p)) Object.assign(p, set);
  return hits;
}

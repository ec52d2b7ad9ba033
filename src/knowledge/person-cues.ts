// Titles and name cues (knowledge/person-cues.json), loaded once.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { phraseKey } from "../text/tokens.ts";
import { KNOWLEDGE_DIR } from "./knowledge.ts";
import { termSchema } from "./schema.ts";

const fileSchema = z.object({
  version: z.number(),
  comment: z.string().optional(),
  titles: z.record(z.string(), z.array(termSchema.shape.role)),
  cue_words: z.array(z.string()),
  speech_verbs: z.array(z.string()),
  name_particles: z.array(z.string()),
  non_name_words: z.array(z.string()),
  group_nouns: z.array(z.string()),
});

export interface PersonCues {
  /** Title phrase key ("prime minister") → roles it names. */
  titles: Map<string, Array<z.infer<typeof termSchema.shape.role>>>;
  titleMaxTokens: number;
  cueWords: Set<string>;
  speechVerbs: Set<string>;
  particles: Set<string>;
  nonNameWords: Set<string>;
  groupNouns: Set<string>;
}

let cached: PersonCues | null = null;

export function loadPersonCues(): PersonCues {
  if (cached) return cached;
  const path = join(KNOWLEDGE_DIR, "person-cues.json");
  const parsed = fileSchema.safeParse(JSON.parse(readFileSync(path, "utf8")));
  if (!parsed.success) throw new Error(`knowledge file ${path} is invalid: ${parsed.error.message}`);
  const f = parsed.data;
  const titles = new Map(Object.entries(f.titles).map(([title, roles]) => [phraseKey(title), roles] as const));
  cached = {
    titles,
    titleMaxTokens: Math.max(...[...titles.keys()].map((k) => k.split(" ").length)),
    cueWords: new Set(f.cue_words),
    speechVerbs: new Set(f.speech_verbs),
    particles: new Set(f.name_particles),
    nonNameWords: new Set(f.non_name_words.map((w) => w.toLowerCase())),
    groupNouns: new Set(f.group_nouns.map((w) => w.toLowerCase())),
  };
  return cached;
}

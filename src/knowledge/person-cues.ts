// Titles and name cues (knowledge/person-cues.json), indexed once per knowledge folder.
import type { z } from "zod";
import { phraseKey } from "../text/tokens.ts";
import { KNOWLEDGE_DIR, readKnowledgeFiles } from "./knowledge-files.ts";
import type { PersonCuesFile, termSchema } from "./schema.ts";

export interface PersonCues {
  /** Title phrase key ("prime minister") → roles it names. */
  titles: Map<string, Array<z.infer<typeof termSchema.shape.role>>>;
  titleMaxTokens: number;
  cueWords: Set<string>;
  speechVerbs: Set<string>;
  /** Speech verbs and the words that attribute a claim: who says an event happened. */
  attributionVerbs: Set<string>;
  particles: Set<string>;
  nonNameWords: Set<string>;
  groupNouns: Set<string>;
  /** As written ("MP", "KCMG"): letters after a name that are not part of it. */
  postNominals: Set<string>;
}

const cachedByFile = new WeakMap<PersonCuesFile, PersonCues>();

/** The person cues of the knowledge folder `dir` (default knowledge/), indexed once. */
export function loadPersonCues(dir = KNOWLEDGE_DIR): PersonCues {
  const f = readKnowledgeFiles(dir).personCues;
  const known = cachedByFile.get(f);
  if (known) return known;
  const titles = new Map(Object.entries(f.titles).map(([title, roles]) => [phraseKey(title), roles] as const));
  const cues: PersonCues = {
    titles,
    titleMaxTokens: Math.max(...[...titles.keys()].map((k) => k.split(" ").length)),
    cueWords: new Set(f.cue_words),
    speechVerbs: new Set(f.speech_verbs),
    attributionVerbs: new Set([...f.speech_verbs, ...f.attribution_verbs]),
    particles: new Set(f.name_particles),
    nonNameWords: new Set(f.non_name_words.map((w) => w.toLowerCase())),
    groupNouns: new Set(f.group_nouns.map((w) => w.toLowerCase())),
    postNominals: new Set(f.post_nominals),
  };
  cachedByFile.set(f, cues);
  return cues;
}

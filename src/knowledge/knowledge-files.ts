// The one reader of the knowledge folder: every file checked against its schema (a bad file fails loudly,
// naming the file and the problem), and the knowledge version derived from the files' content, so a
// record says which knowledge produced it. Indexes for analysis are built on top (knowledge.ts).
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { z } from "zod";
import { type EventDictionaryFile, eventDictionaryFileSchema } from "./event-dictionary-schema.ts";
import { type EventPatterns, loadEventPatterns } from "./event-patterns.ts";
import {
  type AbbreviationsFile,
  type AmbiguityCuesFile,
  abbreviationsFileSchema,
  ambiguityCuesFileSchema,
  type CountryExtra,
  countryExtrasFileSchema,
  type GoldsteinScaleFile,
  type GovernmentPublishersFile,
  goldsteinScaleFileSchema,
  governmentPublishersFileSchema,
  type Organization,
  organizationsFileSchema,
  type PartnershipLevelsFile,
  type Person,
  type PersonCuesFile,
  type PlaceNamesFile,
  partnershipLevelsFileSchema,
  peopleFileSchema,
  personCuesFileSchema,
  placeNamesFileSchema,
  type StateDescriptorsFile,
  stateDescriptorsFileSchema,
  type TerritoriesFile,
  territoriesFileSchema,
} from "./schema.ts";

export const KNOWLEDGE_DIR = join(dirname(fileURLToPath(import.meta.url)), "../../knowledge");

// Trained models carry their own version in their file name and are too large to hash at every start.
const UNHASHED_FOLDERS = new Set(["models"]);

export interface KnowledgeFiles {
  dir: string;
  /** "sha256:" and the first 16 hex digits of a hash over every knowledge file's path and content. */
  version: string;
  countryExtras: CountryExtra[];
  people: Person[];
  organizations: Organization[];
  territories: TerritoriesFile;
  stateDescriptors: StateDescriptorsFile;
  abbreviations: AbbreviationsFile;
  personCues: PersonCuesFile;
  eventPatterns: EventPatterns;
  /** The event dictionary's files (event-dictionary/*.json), in name order; built into entries by event-dictionary.ts. */
  eventDictionary: { file: string; data: EventDictionaryFile }[];
  goldsteinScale: GoldsteinScaleFile;
  ambiguityCues: AmbiguityCuesFile;
  governmentPublishers: GovernmentPublishersFile;
  partnershipLevels: PartnershipLevelsFile;
  placeNames: PlaceNamesFile;
}

const cache = new Map<string, KnowledgeFiles>();

/** Reads and checks every knowledge file of `dir` (default knowledge/) once per process. */
export function readKnowledgeFiles(dir = KNOWLEDGE_DIR): KnowledgeFiles {
  const known = cache.get(dir);
  if (known) return known;
  const peopleDir = join(dir, "people");
  const peopleFiles = existsSync(peopleDir) ? readdirSync(peopleDir).filter((file) => file.endsWith(".json")) : [];
  const files: KnowledgeFiles = {
    dir,
    version: knowledgeVersion(dir),
    countryExtras: readChecked(dir, "countries.json", countryExtrasFileSchema),
    people: peopleFiles.sort().flatMap((file) => readChecked(dir, `people/${file}`, peopleFileSchema)),
    organizations: readChecked(dir, "organizations.json", organizationsFileSchema),
    territories: readChecked(dir, "territories.json", territoriesFileSchema),
    stateDescriptors: readChecked(dir, "state-descriptors.json", stateDescriptorsFileSchema),
    abbreviations: readChecked(dir, "abbreviations.json", abbreviationsFileSchema),
    personCues: readChecked(dir, "person-cues.json", personCuesFileSchema),
    eventPatterns: loadEventPatterns(join(dir, "event-patterns.json")),
    eventDictionary: readEventDictionaryFiles(join(dir, "event-dictionary")),
    goldsteinScale: readChecked(dir, "goldstein-scale.json", goldsteinScaleFileSchema),
    ambiguityCues: readChecked(dir, "ambiguity-cues.json", ambiguityCuesFileSchema),
    governmentPublishers: readChecked(dir, "government-publishers.json", governmentPublishersFileSchema),
    partnershipLevels: readChecked(dir, "partnership-levels.json", partnershipLevelsFileSchema),
    placeNames: readChecked(dir, "place-names.json", placeNamesFileSchema),
  };
  cache.set(dir, files);
  return files;
}

/** Every top-level file of the dictionary's folder, checked with its schema (review/ is the converter's). */
export function readEventDictionaryFiles(folder: string): { file: string; data: EventDictionaryFile }[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((file) => ({ file, data: readChecked(folder, file, eventDictionaryFileSchema) }));
}

/** One knowledge file, parsed and checked; the error names the file and says what is wrong where. */
export function readChecked<T extends z.ZodType>(dir: string, file: string, schema: T): z.infer<T> {
  const path = join(dir, file);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new Error(`knowledge file ${file} could not be read: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".") || "(top)"}: ${issue.message}`);
    throw new Error(`knowledge file ${file} is invalid: ${problems.slice(0, 5).join("; ")}`);
  }
  return parsed.data;
}

/** A hash over the relative path and bytes of every file under `dir` (but models/), in path order. */
export function knowledgeVersion(dir: string): string {
  const hash = createHash("sha256");
  for (const path of filesUnder(dir).sort()) {
    hash.update(relative(dir, path)).update("\0").update(readFileSync(path)).update("\0");
  }
  return `sha256:${hash.digest("hex").slice(0, 16)}`;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return UNHASHED_FOLDERS.has(entry.name) ? [] : filesUnder(path);
    return entry.isFile() ? [path] : [];
  });
}

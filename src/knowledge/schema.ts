// Schemas of the knowledge files in knowledge/. The files are data, versioned with the code;
// these schemas are checked by the tests and at load time.
import { z } from "zod";
import { ISO_DATE_PATTERN } from "../record/iso-date.ts";

const isoDay = z.string().regex(ISO_DATE_PATTERN, "an ISO date: YYYY, YYYY-MM or YYYY-MM-DD");
const iso3 = z.string().regex(/^[A-Z]{3}$/, "an ISO 3166-1 alpha-3 code");
const orgId = z.string().regex(/^org:[a-z0-9-]+$/, "org: plus a lower-case slug");

/** Office a person held, with the dates it began and ended (end null: still in office on the file's date). */
export const termSchema = z.object({
  /** The state served (ISO3), or an org id for officials of organisations. */
  for: z.union([iso3, orgId]),
  role: z.enum([
    "head_of_state",
    "head_of_government",
    "foreign_minister",
    "defence_minister",
    "finance_minister",
    "minister",
    "ambassador",
    "official",
    "secretary_general",
    "military",
  ]),
  /** The title as articles use it: "President", "King", "Emir", "Prime Minister", "Chancellor", "Foreign Minister". */
  title: z.string().min(1),
  start: isoDay,
  end: isoDay.nullable(),
});

export const personSchema = z.object({
  id: z.string().regex(/^person:[a-z0-9-]+$/),
  name: z.string().min(1),
  /** Other spellings and short forms as they appear in news: "Assad", "al-Assad", "Bashar Assad". */
  aliases: z.array(z.string().min(1)).default([]),
  /** The person's own state (nationality), used when no term covers the article date. */
  country: iso3.nullable(),
  terms: z.array(termSchema).default([]),
});

export const organizationSchema = z.object({
  id: orgId,
  name: z.string().min(1),
  /** Usual short name ("NATO"), when there is one. */
  short: z.string().nullable().default(null),
  aliases: z.array(z.string().min(1)).default([]),
  /** Aliases a state's own body also bears ("Security Council"): after a possessive, a demonym or another
   * capitalised word ("Russia's Security Council", "National Security Council") they name that body. */
  generic_aliases: z.array(z.string().min(1)).default([]),
  kind: z.enum(["intergovernmental", "alliance", "initiative", "forum", "agency", "court", "bloc"]),
  /** Members (ISO3) where the organisation is a membership body; used for context, not asserted as relations. */
  members: z.array(iso3).default([]),
  /** For organs of another organisation (UNSC in UN). */
  part_of: orgId.nullable().default(null),
});

/** Additions to world-countries: names, government metonyms and ambiguity that news uses. */
export const countryExtraSchema = z.object({
  iso3,
  /** Extra names and short forms: "U.S.", "America", "the Kremlin"? no: metonyms go below. */
  names: z.array(z.string()).default([]),
  demonyms: z.array(z.string()).default([]),
  /** Capitals and seats used for the government ("Beijing said", "Washington warned"). */
  capitals: z.array(z.string()).default([]),
  /** Institutions standing for the government: "the White House", "the Kremlin", "Downing Street". */
  metonyms: z.array(z.string()).default([]),
  /** Names that also mean something else (Georgia the US state, Jordan the river or a first name, Chad a first name). */
  ambiguous: z.array(z.string()).default([]),
  /** world-countries spellings that are ordinary English words or names in news ("Island" for Iceland, "Mann"). */
  not_names: z.array(z.string()).default([]),
});

export const peopleFileSchema = z.array(personSchema);
export const organizationsFileSchema = z.array(organizationSchema);
export const countryExtrasFileSchema = z.array(countryExtraSchema);

export type Term = z.infer<typeof termSchema>;
export type Person = z.infer<typeof personSchema>;
export type Organization = z.infer<typeof organizationSchema>;
export type CountryExtra = z.infer<typeof countryExtraSchema>;

/** Territories that act through a sovereign state (Hong Kong → China). */
export const territoriesFileSchema = z.object({
  version: z.number(),
  comment: z.string().optional(),
  sovereign_of: z.record(iso3, iso3),
});

/** Words that end with a full stop without ending a sentence, and the words that may still open one after them. */
export const abbreviationsFileSchema = z.object({
  version: z.number(),
  comment: z.string().optional(),
  abbreviations: z.array(z.string().min(1)),
  sentence_openers_after_abbreviation: z.array(z.string().min(1)),
});

/** Descriptive nouns that stand for a state named before ("the kingdom", "the island nation") → the states each fits. */
export const stateDescriptorsFileSchema = z.object({
  version: z.number(),
  comment: z.string().optional(),
  descriptors: z.record(z.string().min(1), z.array(iso3).min(1)),
});

export type TerritoriesFile = z.infer<typeof territoriesFileSchema>;
export type StateDescriptorsFile = z.infer<typeof stateDescriptorsFileSchema>;
export type AbbreviationsFile = z.infer<typeof abbreviationsFileSchema>;

/** Titles ("prime minister" → its roles) and the words that mark or rule out a name. */
export const personCuesFileSchema = z.object({
  version: z.number(),
  comment: z.string().optional(),
  titles: z.record(z.string(), z.array(termSchema.shape.role)),
  cue_words: z.array(z.string()),
  speech_verbs: z.array(z.string()),
  /** Words that attribute a claim to its author besides speech ("accused", "according" to). */
  attribution_verbs: z.array(z.string()),
  name_particles: z.array(z.string()),
  non_name_words: z.array(z.string()),
  group_nouns: z.array(z.string()),
  /** Letters after a name that are not part of it: "Christopher Pyne MP", "Sir John Smith KCMG". */
  post_nominals: z.array(z.string()).default([]),
});

export type PersonCuesFile = z.infer<typeof personCuesFileSchema>;

/** Goldstein (1992) weights by CAMEO code, from -10 (conflict) to +10 (cooperation). */
export const goldsteinScaleFileSchema = z.object({
  version: z.number(),
  comment: z.string().optional(),
  weights: z.record(z.string().regex(/^\d{2,4}$/, "a CAMEO code"), z.number().min(-10).max(10)),
});

export type GoldsteinScaleFile = z.infer<typeof goldsteinScaleFileSchema>;

/** How an ambiguous state name is read (see knowledge/ambiguity-cues.json's comment). */
export const ambiguityCuesFileSchema = z.object({
  version: z.number(),
  comment: z.string().optional(),
  keep_before: z.array(z.string().min(1)),
  geographic_nouns_after: z.array(z.string().min(1)),
  by_state: z.record(
    iso3,
    z.object({ other_sense: z.array(z.string().min(1)), state_sense: z.array(z.string().min(1)) }),
  ),
});

/** Which sources are a government's own releases, and the state of a government web domain. */
export const governmentPublishersFileSchema = z.object({
  version: z.number(),
  comment: z.string().optional(),
  source_words: z.array(z.string().min(1)),
  domains: z.record(z.string().regex(/^[a-z0-9.-]+$/, "a lower-case domain"), iso3),
});

/** Words that name a partnership's level, and those a level must include. */
export const partnershipLevelsFileSchema = z.object({
  version: z.number(),
  comment: z.string().optional(),
  level_words: z.array(z.string().regex(/^[a-z-]+$/, "a lower-case word")),
  required_words: z.array(z.string().regex(/^[a-z-]+$/, "a lower-case word")),
});

export const placeNamesFileSchema = z.object({
  version: z.number(),
  comment: z.string().optional(),
  /** A name news uses: [the city's name in the place data, its ISO 3166-1 alpha-2 country]. */
  aliases: z.record(z.string(), z.tuple([z.string(), z.string().regex(/^[A-Z]{2}$/, "an ISO alpha-2 code")])),
});

export type PlaceNamesFile = z.infer<typeof placeNamesFileSchema>;
export type AmbiguityCuesFile = z.infer<typeof ambiguityCuesFileSchema>;
export type GovernmentPublishersFile = z.infer<typeof governmentPublishersFileSchema>;
export type PartnershipLevelsFile = z.infer<typeof partnershipLevelsFileSchema>;

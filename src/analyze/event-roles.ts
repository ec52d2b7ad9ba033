// Who did what to whom: picks an event's source and target among the actors of its sentence, from word
// order and the prepositions around them ("visit by X to Y", "X's support for Y", "between A and B").
import { inSentence } from "./by-sentence.ts";
import type { Doc, Mention, Sentence } from "./doc.ts";

/** Prepositions that make an actor the object of something, not the subject of the sentence. */
const OBJECT_PREPOSITIONS = new Set([
  "to",
  "with",
  "against",
  "for",
  "on",
  "into",
  "in",
  "at",
  "from",
  "toward",
  "towards",
  "over",
  "about",
  "between",
  "among",
  "including",
  "like",
  "than",
  "by",
  "under",
  "across",
  "within",
  "via",
  "upon",
  "onto",
  "behind",
  "beyond",
]);
/** Nouns after which "of X" names who acts: "the President of Russia", "the leaders of Ethiopia and Eritrea". */
const TITLE_HEADS = new Set([
  "rulers",
  "regime",
  "administration",
  "cabinet",
  "mission",
  "president",
  "presidents",
  "minister",
  "ministers",
  "king",
  "queen",
  "emir",
  "sultan",
  "prince",
  "premier",
  "chancellor",
  "leader",
  "leaders",
  "government",
  "governments",
  "ministry",
  "people",
  "republic",
  "kingdom",
  "state",
  "states",
  "secretary",
  "ambassador",
  "ambassadors",
  "delegation",
  "delegations",
  "army",
  "forces",
  "embassy",
  "parliament",
  "officials",
  "authorities",
  "head",
  "heads",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "representative",
  "representatives",
  "envoy",
  "envoys",
  "navy",
  "coast",
  "guard",
  "guards",
  "police",
  "troops",
  "military",
  "citizens",
  "nationals",
  "foreign",
]);

/** The tokens lying wholly between two offsets, found by binary search (tokens are in text order). */
export function tokensBetween(doc: Doc, from: number, to: number): Doc["tokens"] {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: Doc["tokens"] = [];
  for (let i = lo; i < doc.tokens.length && doc.tokens[i].end <= to; i++) out.push(doc.tokens[i]);
  return out;
}

/** "Egypt's foreign minister", "Kenya's president", "Qatar's Foreign Ministry": the possessed noun is an office. */
function possessesOffice(doc: Doc, mention: Mention): boolean {
  for (let i = mention.tokenEnd, words = 0; i < doc.tokens.length && words < 3; i++) {
    const t = doc.tokens[i];
    if (!t.word || t.norm === "s") continue;
    words++;
    if (t.capitalized && !TITLE_HEADS.has(t.norm)) continue; // "Afghanistan's Taliban rulers"
    if (TITLE_HEADS.has(t.norm) || /^(?:foreign|prime|deputy|top|senior|new|former|defence|defense)$/.test(t.norm)) {
      if (!/^(?:foreign|prime|deputy|top|senior|new|former|defence|defense)$/.test(t.norm)) return true;
      continue;
    }
    return false;
  }
  return false;
}

/** The word just before a mention's introducing word ("President" in "President of Russia"). */
function wordBefore(doc: Doc, sentence: Sentence, mention: Mention, introducing: string): string {
  let seen = false;
  for (let i = mention.tokenStart - 1; i >= sentence.tokenStart; i--) {
    const t = doc.tokens[i];
    if (!t.word) continue;
    if (!seen) {
      if (t.norm === introducing) seen = true;
      continue;
    }
    if (t.norm === "the") continue;
    return t.norm;
  }
  return "";
}

const GOVERNMENT_IN = /\b(?:government|authorities|officials|leadership|regime|administration|rulers)\s+in\s+$/i;
const SKIPPABLE = new Set([
  "the",
  "a",
  "an",
  "his",
  "her",
  "its",
  "their",
  "our",
  "several",
  "other",
  "oil",
  "rich",
  "oil-rich",
  "neighbor",
  "neighbour",
  "gulf",
  "fellow",
  "-",
]);
const COORDINATION = new Set([",", "and", "the", "also", "as", "well", "both", "together", "or", "fellow"]);

export interface ActorMention {
  mention: Mention;
  actor: string;
  /** The preposition that introduces the actor ("to", "with", "by"), or "" for a subject. */
  preposition: string;
}

/** The word introducing a mention, looking back over determiners, demonyms and titles of the same phrase. */
export function introducingWord(doc: Doc, sentence: Sentence, mention: Mention): string {
  for (let i = mention.tokenStart - 1; i >= sentence.tokenStart; i--) {
    const t = doc.tokens[i];
    if (t.text === "-") return "-";
    // the dot of a title ("by Mr. Muizzu") belongs to the name
    if (t.text === "." && i > sentence.tokenStart && /^\p{Lu}\p{L}{0,3}$/u.test(doc.tokens[i - 1].text)) continue;
    if (!t.word) return t.text;
    if (SKIPPABLE.has(t.norm)) continue;
    // a title or demonym before a name belongs to the same phrase ("Chinese Foreign Minister Li Zhaoxing")
    if (t.capitalized && i > sentence.tokenStart) continue;
    return t.norm;
  }
  return "";
}

/** Actor mentions of a sentence, neighbours standing for the same actor merged ("Chinese President Xi Jinping"). */
export function actorMentions(doc: Doc, sentence: Sentence, withPlaces: boolean): ActorMention[] {
  const out: ActorMention[] = [];
  for (const m of inSentence(doc.mentions, sentence.index)) {
    let actor = m.actor;
    if (!actor && withPlaces && m.kind === "place") actor = doc.entities.get(m.entityId)?.country ?? null;
    if (!actor) continue;
    const last = out[out.length - 1];
    if (last && last.actor === actor && gapIsName(doc, last.mention.tokenEnd, m.tokenStart)) {
      last.mention = { ...last.mention, end: m.end, tokenEnd: m.tokenEnd, possessive: m.possessive };
      continue;
    }
    out.push({ mention: m, actor, preposition: "" });
  }
  for (const a of out)
    if (!a.mention.possessive && possessiveThroughTitle(doc, a.mention, sentence))
      a.mention = { ...a.mention, possessive: true };
  for (const a of out) {
    const word = introducingWord(doc, sentence, a.mention);
    // "the government in Kabul said": the government, named by its seat, is the subject
    const seat =
      word === "in" &&
      GOVERNMENT_IN.test(doc.text.slice(Math.max(sentence.start, a.mention.start - 30), a.mention.start));
    a.preposition = OBJECT_PREPOSITIONS.has(word) && !seat ? word : "";
    // "the President of Russia" names Russia's president; "India's leadership of the G20" is about the G20
    if (word === "of" && !TITLE_HEADS.has(wordBefore(doc, sentence, a.mention, "of"))) a.preposition = "of";
  }
  // "with suppliers in Japan and South Korea": a coordinated actor shares its head's preposition
  for (let i = 1; i < out.length; i++) {
    // "and"/"or" joins a list; a comma alone may open an appositive or a new clause
    const gap = doc.text.slice(out[i - 1].mention.end, out[i].mention.start);
    if (out[i].preposition === "" && /\b(?:and|or)\b/.test(gap) && coordinated(doc, out[i - 1].mention, out[i].mention))
      out[i].preposition = out[i - 1].preposition;
  }
  return out;
}

function gapIsName(doc: Doc, from: number, to: number): boolean {
  if (to - from > 6) return false;
  for (let i = from; i < to; i++) {
    const t = doc.tokens[i];
    if (t.word && !t.capitalized && !["of", "the", "and"].includes(t.norm)) return false;
    if (!t.word && t.text !== "." && t.text !== "-") return false;
  }
  return true;
}

/** Whether only coordination ("A, B and C") separates two mentions. */
export function coordinated(doc: Doc, left: Mention, right: Mention): boolean {
  if (left.tokenEnd > right.tokenStart) return false;
  for (let i = left.tokenEnd; i < right.tokenStart; i++) {
    const t = doc.tokens[i];
    if (t.text === "-" && right.tokenStart - left.tokenEnd === 1) return true; // "China-Syria"
    if (!COORDINATION.has(t.norm)) return false;
  }
  return right.tokenStart - left.tokenEnd <= 6;
}

/** Phrases that put an actor beside an event rather than in it ("in the presence of Saudi King Salman"). */
const BYSTANDER =
  /\b(?:in the presence of|on behalf of|at the invitation of|brokered by|mediated by|hosted by|attended by|witnessed by|on the sidelines of|at (?:an? |the )?(?:[\p{L}-]+ ){0,2}(?:meeting|session|summit|conference|forum) of)\s+(?:the\s+)?$/iu;

function textBetween(doc: Doc, from: number, to: number): string {
  return doc.text.slice(from, to);
}

/**
 * The subject actors before a trigger: a possessor right before it ("Assad's visit"); else the nearest
 * actor not governed by a preposition, with those coordinated to its left ("Saudi Arabia, Egypt and ...").
 * A participle after a comma (", accusing") takes the main clause's subject; an appositive ("The United
 * States, a close ally of both, welcomed") gives way to the actor it describes.
 */
export function subjectsBefore(doc: Doc, actors: ActorMention[], triggerStart: number): ActorMention[] {
  const before = actors.filter((a) => a.mention.end <= triggerStart);
  if (!before.length) return [];
  const last = before[before.length - 1];
  const gapToTrigger = textBetween(doc, last.mention.end, triggerStart);
  // "China's firm support" (a few modifiers between); not "Moscow's move and expressed support"
  const modifiersOnly =
    gapToTrigger.trim().split(/\s+/).filter(Boolean).length <= 2 && !/\b(?:and|or|but)\b/.test(gapToTrigger);
  if (last.mention.possessive && gapToTrigger.length < 30 && !gapToTrigger.includes(",") && modifiersOnly) {
    return before.filter((a) => a.mention.start === last.mention.start);
  }
  const lead = textBetween(doc, before[0].mention.start, triggerStart);
  const participle =
    /,\s*$/.test(doc.text.slice(Math.max(0, triggerStart - 3), triggerStart)) &&
    /^\p{L}+ing\b/u.test(doc.text.slice(triggerStart, triggerStart + 20));
  // a possessor only modifies a noun ("Moscow's move"); it is the agent only right before the trigger (above)
  // ...unless the noun is its office ("Egypt's foreign minister visited")
  const isSubject = (a: ActorMention) =>
    a.preposition === "" && (!a.mention.possessive || possessesOffice(doc, a.mention));
  if (participle && lead.includes(",")) {
    const main = before.find(isSubject);
    if (main) return [main];
  }
  let i = before.length - 1;
  while (i >= 0 && !isSubject(before[i])) i--;
  if (i < 0) return [];
  // "militants who attack X": the relative clause's subject is not the actor named before it
  const between = tokensBetween(doc, before[i].mention.end, triggerStart);
  const relative = between.findIndex((t) => /^(who|that|which)$/.test(t.norm));
  if (relative >= 0 && between[relative - 1]?.text !== "," && between.slice(relative).every((t) => t.text !== ","))
    return [];
  // "A, a close ally of B, welcomed": B sits in an appositive of A
  const afterCandidate = textBetween(doc, before[i].mention.end, triggerStart);
  if (/^[^,]*,\s*(?:\p{L}+\s+){0,2}$/u.test(afterCandidate)) {
    for (let j = i - 1; j >= 0; j--) {
      const gap = textBetween(doc, before[j].mention.end, before[i].mention.start);
      if (/^\s*,/.test(gap) && (gap.match(/,/g) ?? []).length === 1 && isSubject(before[j])) {
        i = j;
        break;
      }
    }
  }
  const subjects = before.filter((a) => a.mention.start === before[i].mention.start);
  for (let j = i - 1; j >= 0 && coordinated(doc, before[j].mention, subjects[0].mention); j--)
    subjects.unshift(before[j]);
  return subjects;
}

/**
 * The object actors after a trigger: the first one (or the first after a preferred preposition), with those
 * coordinated to it; a group ("the two sides") counts whole; bystanders ("in the presence of X") are no objects.
 */
export function objectsAfter(
  doc: Doc,
  actors: ActorMention[],
  triggerEnd: number,
  preferred?: string[],
  agent?: ActorMention,
): ActorMention[] {
  const after = actors.filter(
    (a) =>
      a.mention.start >= triggerEnd &&
      a !== agent &&
      !BYSTANDER.test(doc.text.slice(Math.max(0, a.mention.start - 40), a.mention.start)),
  );
  // an actor right after the trigger is its object ("visited Ankara"); else the first after a preferred preposition
  const adjacent =
    after[0] && doc.text.slice(triggerEnd, after[0].mention.start).trim().split(/\s+/).filter(Boolean).length <= 1;
  let first = preferred && !adjacent ? after.findIndex((a) => preferred.includes(a.preposition)) : -1;
  if (first < 0) first = 0;
  // "with her counterpart, He Lifeng": a possessor only modifies the object; the next actor is it
  if (after[first]?.mention.possessive && after[first].mention.via === "pronoun" && after[first + 1]) first++;
  if (!after[first]) return [];
  const objects = after.filter((a) => a.mention.start === after[first].mention.start);
  for (
    let j = first + objects.length;
    j < after.length && coordinated(doc, objects[objects.length - 1].mention, after[j].mention);
    j++
  ) {
    objects.push(after[j]);
  }
  return objects;
}

/** "a visit by X", "sanctioned by X": the agent named right after the trigger. */
export function agentAfter(doc: Doc, actors: ActorMention[], triggerEnd: number): ActorMention | undefined {
  const agent = actors.find((a) => a.mention.start >= triggerEnd && a.preposition === "by");
  if (!agent) return undefined;
  const between = tokensBetween(doc, triggerEnd, agent.mention.start).filter((t) => t.word);
  // "by" right after the trigger ("a visit by", "sanctioned by"); "the accusations made by X" names no agent
  return between.length <= 1 || (between.length <= 4 && between.slice(1).every((t) => t.capitalized))
    ? agent
    : undefined;
}

/** "Saudi King's visit": a state named with a title before a possessive still possesses. */
export function possessiveThroughTitle(doc: Doc, mention: Mention, sentence: Sentence): boolean {
  if (mention.possessive) return true;
  for (let i = mention.tokenEnd; i < Math.min(sentence.tokenEnd, mention.tokenEnd + 4); i++) {
    const t = doc.tokens[i];
    if ((t.text === "'" || t.text === "’") && doc.tokens[i + 1]?.norm === "s") return i > mention.tokenEnd;
    if (!t.word || !t.capitalized) return false;
  }
  return false;
}

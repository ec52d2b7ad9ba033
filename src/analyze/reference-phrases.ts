// Parties named by reference rather than by name: "the bloc" or "member states" for the organisation named
// just before, "the kingdom" or "the island nation" for the one state named before that the noun fits
// (knowledge/state-descriptors.json). A reference that fits no party, or several, stands for none.
import type { Knowledge } from "../knowledge/knowledge.ts";
import { inSentences } from "./by-sentence.ts";
import type { Doc, Mention, Sentence } from "./doc.ts";

export interface ReferenceMention {
  start: number;
  end: number;
  actor: string;
  kind: Mention["kind"];
  possessive: boolean;
}

/** How many sentences back the party a reference stands for may be named. */
const REACH = 3;

// "the bloc", "the 27-nation bloc", "the alliance", "the group", "its member states": the kinds of body each fits
const ORG_REFERENCE =
  /\b(?:[Tt]he (?:\d+-(?:nation|member|country|state) |(?:regional|military|economic|Western|security) )?(bloc|alliance|grouping|group)|(?:[Ii]ts|[Tt]he) member (?:states|countries|nations)|[Ii]ts members)\b/g;
const ORG_KINDS: Record<string, string[]> = {
  bloc: ["bloc", "forum", "alliance", "intergovernmental"],
  alliance: ["alliance"],
  group: ["bloc", "forum"],
  grouping: ["bloc", "forum"],
  member: ["bloc", "forum", "alliance", "intergovernmental"],
};

const NAMED: ReadonlySet<Mention["via"]> = new Set(["name", "demonym", "capital", "metonym"]);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const descriptorPatterns = new WeakMap<Knowledge, { pattern: RegExp; fits: Map<string, Set<string>> }>();

function descriptors(knowledge: Knowledge): { pattern: RegExp; fits: Map<string, Set<string>> } {
  const known = descriptorPatterns.get(knowledge);
  if (known) return known;
  const entries = Object.entries(knowledge.files.stateDescriptors.descriptors);
  const fits = new Map(entries.map(([noun, states]) => [noun.toLowerCase(), new Set(states)]));
  const nouns = entries.map(([noun]) => noun).sort((a, b) => b.length - a.length);
  // "the kingdom", not "the kingdoms" nor "the kingdom of Spain" (a name the mentions stage reads)
  const pattern = new RegExp(`\\b[Tt]he (${nouns.map(escapeRegExp).join("|")})\\b(?!-| of\\b)`, "gi");
  const made = { pattern, fits };
  descriptorPatterns.set(knowledge, made);
  return made;
}

/** The mentions of sentences reach..sentence before `offset` that name a party themselves. */
function namedBefore(named: Mention[], sentence: Sentence, offset: number): Mention[] {
  return inSentences(named, sentence.index - REACH, sentence.index).filter(
    (m) => m.start < offset && m.actor && NAMED.has(m.via),
  );
}

/** References to organisations and descriptive nouns for states in one sentence, each with the party it names. */
export function referencePhrases(
  doc: Doc,
  knowledge: Knowledge,
  sentence: Sentence,
  named: Mention[],
  pair: string[],
): ReferenceMention[] {
  const text = doc.text.slice(sentence.start, sentence.end);
  const out: ReferenceMention[] = [];
  const add = (match: RegExpMatchArray, actor: string, kind: Mention["kind"]) => {
    const start = sentence.start + (match.index ?? 0);
    const end = start + match[0].length;
    out.push({ start, end, actor, kind, possessive: /^'s?\b/.test(doc.text.slice(end, end + 3)) });
  };
  for (const m of text.matchAll(ORG_REFERENCE)) {
    const noun = (m[1] ?? "member").toLowerCase();
    const at = sentence.start + (m.index ?? 0);
    // the organisation named last: "The EU imposed sanctions. The bloc also condemned ..."
    const last = namedBefore(named, sentence, at)
      .filter((x) => x.kind === "organization" && x.actor?.startsWith("org:"))
      .pop();
    const body = last?.actor ? knowledge.organizations.get(last.actor) : undefined;
    if (last?.actor && body && ORG_KINDS[noun].includes(body.kind)) add(m, last.actor, "organization");
  }
  const { pattern, fits } = descriptors(knowledge);
  for (const m of text.matchAll(pattern)) {
    const states = fits.get(m[1].toLowerCase());
    if (!states) continue;
    const at = sentence.start + (m.index ?? 0);
    const fitting = new Set(
      namedBefore(named, sentence, at)
        .filter((x) => x.kind === "country" && states.has(x.actor as string))
        .map((x) => x.actor as string),
    );
    // none named nearby: the article's pair, when exactly one of it fits
    const candidates = fitting.size ? [...fitting] : pair.filter((s) => states.has(s));
    if (candidates.length === 1) add(m, candidates[0], "country");
  }
  return out;
}

// Parties named by reference rather than by name: "the bloc" or "member states" for the organisation named
// just before, "the kingdom" or "the island nation" for the one state named before that the noun fits
// (knowledge/state-descriptors.json), "the leaders" for the states of the gathering before, "the visitor" and
// "his host" for the two sides of the visit before. A reference that fits no party, or several, stands for none.
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
  /\b(?:[Tt]he (?:\d+-(?:nation|member|country|state) |(?:regional|military|economic|Western|security) )?(bloc|alliance|grouping|group)(?!\s+of\b)|(?:[Ii]ts|[Tt]he) member (?:states|countries|nations)|[Ii]ts members)\b/g;
const ORG_KINDS: Record<string, string[]> = {
  bloc: ["bloc", "forum", "alliance", "intergovernmental"],
  alliance: ["alliance"],
  group: ["bloc", "forum"],
  grouping: ["bloc", "forum"],
  member: ["bloc", "forum", "alliance", "intergovernmental"],
};

export const NAMED: ReadonlySet<Mention["via"]> = new Set(["name", "demonym", "capital", "metonym"]);

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

// "the leaders", "the G7 leaders", "the heads of state" (not "the leaders of ..."): who met at the gathering before
const LEADERS =
  /\b[Tt]he (?:(?:G\d+|BRICS|ASEAN|EU|NATO|Quad|summit|visiting|assembled|[\p{Lu}][\p{L}]+an) )?(?:leaders|heads of (?:state|government))\b(?!\s+(?:of|from)\b)/gu;
const GATHERING = /\b(?:met|meet|meeting|summit|talks|gathered|hosted|attended|conference)\b/i;
const TOPIC_BEFORE = /\b(?:about|on|over|against|for|into|toward|towards|to)\s+(?:the\s+)?$/i;
/** A gathering of more states than this is no group one phrase stands for. */
const MAX_GATHERED = 10;

/** The states a gathering in sentences reach..sentence names (at least two, its leaders' or its own), or []. */
function gathered(doc: Doc, sentence: Sentence, named: Mention[], offset: number): string[] {
  for (let k = sentence.index; k >= Math.max(0, sentence.index - REACH); k--) {
    const s = doc.sentences[k];
    const end = k === sentence.index ? offset : s.end;
    if (!GATHERING.test(doc.text.slice(s.start, end))) continue;
    const states = new Set<string>();
    for (const m of named) {
      if (m.sentence !== k || m.start >= end || !m.actor || m.actor.startsWith("org:")) continue;
      if (m.kind !== "person" && !(m.kind === "country" && NAMED.has(m.via))) continue;
      if (TOPIC_BEFORE.test(doc.text.slice(Math.max(s.start, m.start - 12), m.start))) continue;
      states.add(m.actor);
    }
    if (states.size >= 2 && states.size <= MAX_GATHERED) return [...states];
    if (states.size > 0) return [];
  }
  return [];
}

// "the visitor", "the visiting president", "his host": the two sides of the visit reported before
const VISIT_ROLE =
  /\b(?:[Tt]he (visitor|visiting (?:leader|president|prime minister|premier|minister|foreign minister|delegation|head of state))|(?:[Hh]is|[Hh]er|[Tt]he) (hosts?))\b(?!\s+(?:of|from|country|nation|state)\b)/g;
const VISIT_VERB = /\b(?:visited|arrived in|flew to|travell?ed to|landed in)\s+(?:the\s+)?/gi;

/** The visitor's and the host's states of the one visit a sentence within reach reports ("A visited B"). */
function visitBefore(doc: Doc, sentence: Sentence, named: Mention[]): { visitor: string; host: string } | null {
  const stateOf = (m: Mention) =>
    m.kind === "place"
      ? (doc.entities.get(m.entityId)?.country ?? null)
      : m.kind === "country" || m.kind === "person"
        ? m.actor
        : null;
  for (let k = sentence.index - 1; k >= Math.max(0, sentence.index - REACH); k--) {
    const s = doc.sentences[k];
    const verbs = [...doc.text.slice(s.start, s.end).matchAll(VISIT_VERB)];
    if (verbs.length !== 1) continue;
    const at = s.start + (verbs[0].index ?? 0);
    const after = at + verbs[0][0].length;
    const mentions = named.filter((m) => m.sentence === k && m.actor !== undefined);
    const visitors = new Set(
      mentions
        .filter((m) => m.end <= at)
        .map(stateOf)
        .filter((a): a is string => !!a),
    );
    const host = mentions.find((m) => m.start === after);
    // "visited China and Japan": two hosts, neither is "his host"
    const more =
      host &&
      mentions.some(
        (m) => m.start > host.end && /^\s*(?:,|and)\s*(?:the\s+)?$/.test(doc.text.slice(host.end, m.start)),
      );
    const hostState = host && !more ? stateOf(host) : null;
    if (visitors.size !== 1 || !hostState || visitors.has(hostState) || hostState.startsWith("org:")) return null;
    const visitor = [...visitors][0];
    return visitor.startsWith("org:") ? null : { visitor, host: hostState };
  }
  return null;
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
    // the one organisation named before that the noun fits: "The EU imposed sanctions. The bloc also condemned ...";
    // of several ("The EU and NATO met"), the one of the noun's own kind
    const kindOf = (id: string) => knowledge.organizations.get(id)?.kind ?? "";
    const fitting = [
      ...new Set(
        namedBefore(named, sentence, at)
          .map((x) => x.actor as string)
          .filter((id) => id.startsWith("org:") && ORG_KINDS[noun].includes(kindOf(id))),
      ),
    ];
    const own = fitting.filter((id) => kindOf(id) === ORG_KINDS[noun][0]);
    const body = fitting.length === 1 ? fitting[0] : own.length === 1 ? own[0] : undefined;
    if (body) add(m, body, "organization");
  }
  for (const m of text.matchAll(LEADERS)) {
    // "the G7 leaders" with the G7's states named before: each of them; with none, the organisation's own phrase
    for (const actor of gathered(doc, sentence, named, sentence.start + (m.index ?? 0))) add(m, actor, "country");
  }
  for (const m of text.matchAll(VISIT_ROLE)) {
    const visit = visitBefore(doc, sentence, named);
    if (visit) add(m, m[1] ? visit.visitor : visit.host, "country");
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

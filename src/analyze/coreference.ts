// Stage: simple coreference. Pronouns take the last person or state named before them; "the two
// countries", "both sides" and "their" take the pair the article is about; "we" in a government's own
// release is that government; "the Prime Minister" unqualified, in such a release, is its own; "the bloc" and
// "the kingdom" the organisation or state named before them (reference-phrases.ts); "the Foreign Office" the state
// the text places it in (foreign-ministries.ts).
import type { Knowledge } from "../knowledge/knowledge.ts";
import { inSentence, inSentences } from "./by-sentence.ts";
import type { Doc, Mention, Sentence } from "./doc.ts";
import { coordinated } from "./event-roles.ts";
import { foreignMinistries, isBareForeignOffice } from "./foreign-ministries.ts";
import { jointVoice } from "./joint-voice.ts";
import { NUMBERED_GROUP, numberedGroup } from "./numbered-group.ts";
import { type ReferenceMention, referencePhrases } from "./reference-phrases.ts";

const PAIR_PHRASES =
  /\b(?:the two (?:leaders|countries|nations|sides|governments|states|presidents|prime ministers|ministers|heads of state|delegations)|both (?:sides|countries|nations|governments|leaders|prime ministers|presidents|parties)|their|they|both)\b/gi;
const PERSON_PRONOUNS = /\b(?:he|his|him|she|her)\b/gi;
const STATE_PRONOUNS = /\b(?:its|it)\b/gi;
const PUBLISHER_VOICE = /\b(?:we|our|us)\b/gi;
// "Japan condemned its launch": a state does not condemn its own act, so "its" is a state named before
const HOSTILE_BEFORE = /\b(?:condemn|criticis|criticiz|denounc|deplor|decri|decry|slamm)\w*\s+$/i;
// "the President of France", "the Minister for Trade", "the Ambassador to Japan", "the Minister in Kyiv" name
// another office; "the Secretary of State to launch a review", "the President in December" do not
const BARE_TITLE =
  /\b[Tt]he (?:Prime Minister|Chancellor|Foreign Secretary|Secretary of State|Secretary|President|Foreign Minister|Minister)\b(?! of| for| to (?:the\b|\p{Lu})| in (?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu})/gu;

/**
 * The pair of states the article is about: the two named together in the most sentences (the headline and
 * lead counting more), ties broken by how often each is named. Computed once, before pronouns are added.
 */
export function focusPair(doc: Doc): string[] {
  if (doc.focus) return doc.focus;
  const weight = new Map<string, number>();
  const together = new Map<string, number>();
  const bySentence = new Map<number, Set<string>>();
  for (const m of doc.mentions) {
    if (!m.actor || m.actor.startsWith("org:") || m.via === "pronoun" || m.via === "group" || m.via === "publisher")
      continue;
    // "Foreign Office spokesperson" in a Pakistani report: whose office is decided later, not Britain's yet
    if (isBareForeignOffice(doc, m)) continue;
    const w = m.sentence === 0 ? 3 : m.sentence < 4 ? 2 : 1;
    weight.set(m.actor, (weight.get(m.actor) ?? 0) + w);
    bySentence.set(m.sentence, (bySentence.get(m.sentence) ?? new Set()).add(m.actor));
  }
  if (doc.publisher) weight.set(doc.publisher, (weight.get(doc.publisher) ?? 0) + 2);
  // "Ethiopia and Eritrea", "China-Syria": states named as a pair are the pair
  const stated = doc.mentions.filter(
    (m) => m.actor && !m.actor.startsWith("org:") && m.via !== "pronoun" && m.via !== "group",
  );
  for (let i = 0; i + 1 < stated.length; i++) {
    const [a, b] = [stated[i], stated[i + 1]];
    // "Syria, the South Caucasus, Afghanistan, Yemen": two of a longer comma list are topics, not the pair
    if (/^\s*,/.test(doc.text.slice(a.end, b.start)) || /,\s*$/.test(doc.text.slice(Math.max(0, a.start - 3), a.start)))
      continue;
    // names only: "the Syrian-Turkish border" joins two adjectives, not the pair an article is about
    if (
      a.actor === b.actor ||
      a.sentence !== b.sentence ||
      a.via !== "name" ||
      b.via !== "name" ||
      !coordinated(doc, a, b)
    )
      continue;
    const key = [a.actor, b.actor].sort().join("|");
    together.set(key, (together.get(key) ?? 0) + 3);
  }
  for (const [sentence, actors] of bySentence) {
    const list = [...actors].sort();
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const key = `${list[i]}|${list[j]}`;
        together.set(key, (together.get(key) ?? 0) + (sentence === 0 ? 2 : 1));
      }
  }
  const score = (key: string) =>
    (together.get(key) ?? 0) * 100 + key.split("|").reduce((s, a) => s + (weight.get(a) ?? 0), 0);
  const best = [...together.keys()].sort((a, b) => score(b) - score(a))[0];
  // with no two states ever named together, a state named once past the lead is a topic ("concern over the war
  // in Ukraine" in an EU-CELAC summit report), not a side the article follows
  doc.focus = best
    ? best.split("|")
    : [...weight.entries()]
        .filter(([, w]) => w >= 2)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 2)
        .map(([actor]) => actor);
  return doc.focus;
}

function tokenRange(doc: Doc, sentence: Sentence, start: number, end: number): [number, number] {
  let from = sentence.tokenStart;
  while (from < sentence.tokenEnd && doc.tokens[from].start < start) from++;
  let to = from;
  while (to < sentence.tokenEnd && doc.tokens[to].end <= end) to++;
  return [from, to];
}

const TITLE_AFTER = /^\s+(?:leader|President|Prime Minister|King|Emir|Foreign Minister|Chancellor|government)\b/;

/** A state named as a title's adjective ("the Russian leader") stands for a person. */
function titled(doc: Doc, m: Mention): boolean {
  return m.kind === "country" && TITLE_AFTER.test(doc.text.slice(m.end, m.end + 20));
}

/** Puts a mention into a list kept in text order (sorting the whole list for every sentence was quadratic). */
function insertByStart(list: Mention[], mention: Mention): void {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (list[mid].start <= mention.start) low = mid + 1;
    else high = mid;
  }
  list.splice(low, 0, mention);
}

/** The first state the nearest earlier sentence names other than `not` (its subject, mostly), if any. */
function otherStateBefore(named: Mention[], sentence: number, not: string | null): Mention | undefined {
  for (let k = sentence - 1; k >= Math.max(0, sentence - 2); k--) {
    const other = inSentence(named, k).find(
      (x) => x.kind === "country" && x.actor && x.actor !== not && x.via !== "group",
    );
    if (other) return other;
  }
  return undefined;
}

// Over 80 lines: pronouns, group nouns and "the two countries" share one running context of the last actors seen; split when coreference reads the tree.
export function coreferenceStage(doc: Doc, knowledge: Knowledge): void {
  const pair = focusPair(doc);
  const voice = jointVoice(doc);
  doc.jointVoice = voice;
  const named = [...doc.mentions];
  const added: Mention[] = [];
  for (const sentence of doc.sentences) {
    const overlaps = (start: number, end: number) =>
      inSentence(named, sentence.index).some((m) => start < m.end && end > m.start);
    const text = doc.text.slice(sentence.start, sentence.end);
    const make = (
      match: RegExpMatchArray,
      actor: string | null,
      entityId: string,
      kind: Mention["kind"],
      via: Mention["via"],
    ) => {
      const start = sentence.start + (match.index ?? 0);
      const end = start + match[0].length;
      if (overlaps(start, end)) return;
      const [tokenStart, tokenEnd] = tokenRange(doc, sentence, start, end);
      const possessive = /^(his|her|its|their|our)$/i.test(match[0]);
      added.push({
        start,
        end,
        kind,
        entityId,
        actor,
        via,
        sentence: sentence.index,
        tokenStart,
        tokenEnd,
        possessive,
      });
    };
    const before = (offset: number) =>
      inSentences(named, sentence.index - 3, sentence.index).filter((m) => m.start < offset);
    // an unqualified title in a government's own release is that government ("The Secretary made clear")
    if (doc.publisher) {
      for (const m of text.matchAll(BARE_TITLE)) {
        const next = doc.text.slice(sentence.start + (m.index ?? 0) + m[0].length).match(/^\s+\p{Lu}/u);
        if (!next) {
          make(m, doc.publisher, doc.publisher, "country", "title");
          const made = added[added.length - 1];
          if (made?.start === sentence.start + (m.index ?? 0)) insertByStart(named, made);
        }
      }
    }
    // "the Foreign Office" of Pakistan, not Britain's: the knowledge base's reading is replaced
    const ministries = foreignMinistries(doc, sentence, named);
    if (ministries.replaced.length) {
      const gone = new Set(ministries.replaced);
      named.splice(0, named.length, ...named.filter((x) => !gone.has(x)));
      doc.mentions = doc.mentions.filter((x) => !gone.has(x));
      for (const old of ministries.replaced) {
        retitle(doc, old, ministries.mentions);
        // Britain named by nothing else is no state of the article
        if (!doc.mentions.some((x) => x.entityId === old.entityId)) doc.entities.delete(old.entityId);
      }
    }
    // one phrase may stand for several states ("the leaders"): each is checked against the names read before
    const refs = [...ministries.mentions, ...referencePhrases(doc, knowledge, sentence, named, pair)].filter(
      (ref) => !overlaps(ref.start, ref.end),
    );
    for (const ref of refs) {
      const [tokenStart, tokenEnd] = tokenRange(doc, sentence, ref.start, ref.end);
      const mention: Mention = {
        ...ref,
        entityId: ref.actor,
        via: "group",
        sentence: sentence.index,
        tokenStart,
        tokenEnd,
      };
      added.push(mention);
      insertByStart(named, mention);
    }
    const personLike = (x: Mention) => !!x.actor && (x.kind === "person" || x.via === "title" || titled(doc, x));
    for (const m of text.matchAll(PERSON_PRONOUNS)) {
      const at = sentence.start + (m.index ?? 0);
      // the subject of this sentence ("The Russian leader informed al-Assad of his meeting"), else the subject
      // of the last sentence that named a person: pronouns follow subjects more than the last name read
      const subject = inSentence(named, sentence.index).find((x) => x.start < at && personLike(x));
      let person = subject && subject.start - sentence.start < 40 ? subject : undefined;
      for (let k = sentence.index - 1; !person && k >= Math.max(0, sentence.index - 3); k--) {
        person = inSentence(named, k).find(personLike);
      }
      person ??= before(at).filter(personLike).pop();
      if (person) make(m, person.actor, person.entityId, "person", "pronoun");
    }
    for (const m of text.matchAll(STATE_PRONOUNS)) {
      const at = sentence.start + (m.index ?? 0);
      // "its" is the clause's subject state ("Latvia ... in solidarity with its neighbour")
      // the clause the pronoun stands in: after the last comma, "while", "and" or "but" before it
      const clauseStart =
        sentence.start +
        Math.max(
          0,
          ...[...text.slice(0, m.index ?? 0).matchAll(/,|;|\bwhile\b|\bbut\b|\bwhereas\b/g)].map((c) => c.index ?? 0),
        );
      const inClause = before(at).filter(
        (x) => (x.kind === "country" || x.kind === "organization") && x.actor && x.start >= clauseStart,
      );
      const states = inClause.length
        ? inClause
        : before(at).filter(
            (x) => (x.kind === "country" || x.kind === "organization") && x.actor && x.sentence === sentence.index,
          );
      const subject = states.find(
        (x) =>
          !/\b(?:to|with|in|on|for|against|from|of|by|at)\s+(?:the\s+)?$/i.test(
            doc.text.slice(Math.max(sentence.start, x.start - 12), x.start),
          ),
      );
      // "asked Israel to halt its operation": in an infinitive clause, "its" is the actor just named
      const nearest = states[states.length - 1];
      const infinitive = nearest && /\bto\s+\p{L}+(?:\s+\p{L}+)?\s*$/u.test(doc.text.slice(nearest.end, at));
      // "thanked Japan for its assistance", "criticized Russia for its invasion", "cut ties with Israel over its
      // offensive": the reason is the state just named
      const forIts = nearest && /^\s+(?:for|over)\s+$/.test(doc.text.slice(nearest.end, at));
      let state = infinitive || forIts ? nearest : (subject ?? states.pop());
      const own = /^\s+own\b/i.test(doc.text.slice(at + m[0].length));
      if (state && !own && /^its$/i.test(m[0]) && HOSTILE_BEFORE.test(doc.text.slice(state.end, at)))
        state = otherStateBefore(named, sentence.index, state.actor) ?? state;
      if (state) make(m, state.actor, state.entityId, state.kind, "pronoun");
    }
    const pairSpans: number[] = [];
    if (pair.length === 2) {
      for (const m of text.matchAll(PAIR_PHRASES)) {
        pairSpans.push(m.index ?? 0);
        if (
          /^(they|both|their)$/i.test(m[0]) &&
          before(sentence.start + (m.index ?? 0)).filter((x) => x.sentence >= sentence.index - 1 && x.actor).length ===
            0
        )
          continue;
        for (const actor of pair) make(m, actor, actor, "country", "group");
      }
    }
    for (const m of text.matchAll(NUMBERED_GROUP)) {
      // "the two countries" the article's pair already took
      if (pairSpans.includes(m.index ?? 0)) continue;
      for (const actor of numberedGroup(doc, sentence.index, m[1])) make(m, actor, actor, "country", "group");
    }
    // "we" of a joint statement is every state that signs it; of a government's release, that government
    if (voice.length) {
      for (const m of text.matchAll(PUBLISHER_VOICE))
        for (const actor of voice) make(m, actor, actor, "country", "group");
    } else if (doc.publisher) {
      for (const m of text.matchAll(PUBLISHER_VOICE)) make(m, doc.publisher, doc.publisher, "country", "publisher");
    }
  }
  doc.mentions.push(...added);
  doc.mentions.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * "Foreign Office spokesperson Asim Iftikhar Ahmed" in a Pakistani report: the person the names stage gave the
 * knowledge base's reading of his title (Britain) serves the state the ministry now stands for.
 */
function retitle(doc: Doc, old: Mention, ministries: ReferenceMention[]): void {
  const state = ministries.find((m) => m.start === old.start && m.end === old.end)?.actor;
  if (!state) return;
  for (const m of doc.mentions) {
    if (m.kind !== "person" || m.actor !== old.actor || m.start < old.end || m.start > old.end + 40) continue;
    if (!/^[\s\p{L}-]*$/u.test(doc.text.slice(old.end, m.start))) continue;
    m.actor = state;
    const entity = doc.entities.get(m.entityId);
    if (entity?.country === old.actor) entity.country = state;
  }
}

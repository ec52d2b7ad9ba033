// Refiner: meetings a summit implies. Leaders who "agreed", "decided", "adopted a declaration" or "issued a joint
// statement" at a summit or at talks met each other ("At the summit in Delhi, Modi and Biden agreed to ...");
// states that "attended" or "took part in" a summit met its host and the attendees named with them ("Turkey
// attended the NATO summit in Vilnius", "along with Chinese and Indian leaders"). No sentence says who met whom:
// the meeting is implied, marked inferred, and dated by the sentence.
import type { Knowledge } from "../../knowledge/knowledge.ts";
import { inSentence } from "../by-sentence.ts";
import type { Doc, EventCandidate, Mention, Sentence } from "../doc.ts";
import { sentenceEvent } from "./sentence-event.ts";

/** The gathering the act took place at: "at the summit", "at the G20 summit in Rome", "during the talks". */
const AT_GATHERING =
  /\b(?:at|during|on the sidelines of)\s+(?:the|a|their|this|last week's)\s+(?:[\p{L}\d-]+\s+){0,4}?(?:summit|talks)\b/iu;
/** An act in the past that takes every party to the table. */
const JOINT_ACT =
  /\b(?:agreed|decided|adopted|issued|signed|endorsed|reaffirmed|pledged|vowed|resolved|approved|released)\b/i;
/** Attending a gathering, in the past: "attended", "took part in", "participated in". */
const ATTENDED =
  /\b(?:attended|took part in|participated in)\s+(?:the|a|this|last week's)\s+(?:[\p{L}\d-]+\s+){0,4}?(?:summit|talks)\b/iu;
/** A future, a plan, a negation or a report of one before the verb: no meeting took place. */
const NOT_HELD =
  /\b(?:will|would|shall|could|may|might|not|never|to|expected|plans?|planned|hopes?|set|scheduled)\s+(?:\w+\s+)?$/i;
/** A state in the object of these names what was talked about, not who talked. */
const TOPIC_BEFORE = /\b(?:about|on|over|against|to|for|of|from|into|toward|towards)\s+(?:the\s+)?$/i;
/** "the leaders of Egypt, Jordan and Iraq": the "of" of an office names who acted. */
const OFFICE_OF =
  /\b(?:leaders|heads of (?:state|government)|presidents|prime ministers|ministers|delegations)\s+of\s+(?:the\s+)?(?:[\p{L} ,-]+(?:,|\band)\s+(?:the\s+)?)?$/iu;
const ALONG_WITH = /\b(?:along with|alongside|together with|joined by)\b/i;
const IN_BEFORE = /\bin\s+(?:the\s+)?$/i;

const statesOfMentions = (ms: Mention[]) => [
  ...new Set(ms.map((m) => m.actor).filter((a): a is string => !!a && !a.startsWith("org:"))),
];

function parties(doc: Doc, sentence: Sentence, from: number, to: number): Mention[] {
  return inSentence(doc.mentions, sentence.index).filter(
    (m) =>
      m.start >= from &&
      m.end <= to &&
      m.actor &&
      (m.kind === "country" || m.kind === "person") &&
      m.via !== "publisher" &&
      (!TOPIC_BEFORE.test(doc.text.slice(Math.max(sentence.start, m.start - 12), m.start)) ||
        OFFICE_OF.test(doc.text.slice(Math.max(sentence.start, m.start - 80), m.start))),
  );
}

/** The state the gathering is held in: a place or state after "in" following it ("the summit in Vilnius"). */
function hostAfter(doc: Doc, sentence: Sentence, after: number): { host: string; mention: Mention } | undefined {
  for (const m of inSentence(doc.mentions, sentence.index)) {
    if (m.start < after || m.start > after + 40) continue;
    if (!IN_BEFORE.test(doc.text.slice(Math.max(sentence.start, m.start - 8), m.start))) continue;
    const host =
      m.kind === "place" ? (doc.entities.get(m.entityId)?.country ?? null) : m.kind === "country" ? m.actor : null;
    if (host && !host.startsWith("org:")) return { host, mention: m };
  }
  return undefined;
}

function meeting(
  doc: Doc,
  knowledge: Knowledge,
  sentence: Sentence,
  states: string[],
  venue: { host: string; mention: Mention } | undefined,
  trigger: { start: number; end: number },
): EventCandidate {
  return sentenceEvent(doc, sentence, {
    kind: "meet",
    cameo: knowledge.eventPatterns.kinds.meet.cameo,
    source: states.slice(0, 1),
    target: states.slice(1),
    factuality: "occurred",
    location: venue ? { name: doc.text.slice(venue.mention.start, venue.mention.end), country: venue.host } : null,
    trigger,
    confidence: 0.5,
    inferred: true,
  });
}

export function summitMeetings(doc: Doc, knowledge: Knowledge): void {
  for (const sentence of doc.sentences) {
    // the sentence reports a meeting of its own: nothing is implied
    if (inSentence(doc.events, sentence.index).some((e) => e.kind === "meet")) continue;
    const text = doc.text.slice(sentence.start, sentence.end);
    const gathering = AT_GATHERING.exec(text);
    const act = gathering ? JOINT_ACT.exec(text) : null;
    const attended = ATTENDED.exec(text);
    const verb = attended ?? act;
    if (!verb || NOT_HELD.test(text.slice(0, verb.index))) continue;
    const verbStart = sentence.start + verb.index;
    let states = statesOfMentions(parties(doc, sentence, sentence.start, verbStart));
    let venue: { host: string; mention: Mention } | undefined;
    if (attended) {
      venue = hostAfter(doc, sentence, verbStart + attended[0].length);
      // "along with Chinese and Indian leaders": attendees named after the summit
      const along = ALONG_WITH.exec(text.slice(attended.index));
      if (along) {
        const from = verbStart + along.index + along[0].length;
        states = [...new Set([...states, ...statesOfMentions(parties(doc, sentence, from, sentence.end))])];
      }
      if (venue && !states.includes(venue.host)) states.push(venue.host);
    } else if (gathering) {
      venue = hostAfter(doc, sentence, sentence.start + gathering.index + gathering[0].length);
    }
    if (states.length < 2) continue;
    doc.events.push(
      meeting(doc, knowledge, sentence, states, venue, { start: verbStart, end: verbStart + verb[0].length }),
    );
  }
}

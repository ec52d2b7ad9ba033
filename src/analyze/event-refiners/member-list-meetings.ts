// Refiner: an organisation's meeting whose members the sentence lists ("The BRICS (Brazil, Russia, India, China
// and South Africa) agreed at their summit", "Leaders of the G7 — A, B, C — met in X", "the ASEAN members, A, B
// and C, adopted a declaration at the summit"): the meeting is among every listed state, not only the two the
// trigger's roles reached. Only the states the text lists count, never the members the knowledge base knows.
import type { Knowledge } from "../../knowledge/knowledge.ts";
import { inSentence } from "../by-sentence.ts";
import type { Doc, Mention, Sentence } from "../doc.ts";
import { coordinated } from "../event-roles.ts";
import { sentenceEvent } from "./sentence-event.ts";

/** Between the organisation and its list: "(", "—", ", " or "members, ", "countries including ". */
const LIST_OPENS =
  /^(?:'s)?(?:\s+(?:group|bloc|members?|countries|nations|states|leaders|member (?:states|countries|nations)|grouping|partners))?\s*(\(|[—–]|--|,|:)\s*(?:(?:including|namely|such as)\s+)?(?:the\s+)?$/iu;
/** What closes the list after its last state: the matching ")" or dash, or a comma or the verb. */
const CLOSES: Record<string, RegExp> = {
  "(": /^\s*\)/,
  "—": /^\s*(?:[—–]|--)/,
  "–": /^\s*(?:[—–]|--)/,
  "--": /^\s*(?:[—–]|--)/,
  ",": /^\s*(?:,|\s\p{Ll})/u,
  ":": /^\s*(?:,|\.|;|\s\p{Ll})/u,
};

export interface MemberList {
  organization: string;
  states: string[];
  /** From the organisation's mention to the end of the list. */
  start: number;
  end: number;
}

/** The lists of member states a sentence gives with an organisation, each with two states or more. */
export function memberLists(doc: Doc, sentence: Sentence): MemberList[] {
  const mentions = inSentence(doc.mentions, sentence.index);
  const lists: MemberList[] = [];
  for (const [i, org] of mentions.entries()) {
    if (org.kind !== "organization" || !org.actor || org.via === "group" || org.via === "pronoun") continue;
    const states = mentions
      .slice(i + 1)
      .filter((m) => m.kind === "country" && m.actor && m.via === "name" && m.start >= org.end);
    const first = states[0];
    if (!first) continue;
    const open = LIST_OPENS.exec(doc.text.slice(org.end, first.start));
    if (!open) continue;
    const list: Mention[] = [first];
    for (const m of states.slice(1)) {
      if (!coordinated(doc, list[list.length - 1], m)) break;
      list.push(m);
    }
    const last = list[list.length - 1];
    const close = CLOSES[open[1]];
    if (!close?.test(doc.text.slice(last.end, sentence.end))) continue;
    const actors = [...new Set(list.map((m) => m.actor as string))];
    if (actors.length < 2) continue;
    lists.push({ organization: org.actor, states: actors, start: org.start, end: last.end });
  }
  return lists;
}

/** After the list, the group met: "met", "held talks", "gathered", or a joint act at their summit. */
const MET_AFTER =
  /^[^.;]{0,40}?\b(?:met|held (?:talks|a (?:\w+ )?(?:summit|meeting)|their (?:\w+ )?(?:summit|meeting))|gathered|convened|(?:agreed|decided|adopted|issued|signed|endorsed|pledged|approved)\b[^.;]{0,60}?\b(?:at|during)\s+(?:the|a|their|its)\s+(?:[\p{L}\d-]+\s+){0,4}?(?:summit|talks|meeting))\b/iu;

export function memberListMeetings(doc: Doc, knowledge: Knowledge): void {
  for (const sentence of doc.sentences) {
    const lists = memberLists(doc, sentence);
    if (!lists.length) continue;
    if (!inSentence(doc.events, sentence.index).some((e) => e.kind === "meet")) {
      const list = lists.find((l) => MET_AFTER.test(doc.text.slice(l.end, sentence.end)));
      if (list) {
        const verb = list.end + (/\s*\S+/.exec(doc.text.slice(list.end))?.[0].length ?? 0);
        doc.events.push(
          sentenceEvent(doc, sentence, {
            kind: "meet",
            cameo: knowledge.eventPatterns.kinds.meet.cameo,
            source: list.states.slice(0, 1),
            target: list.states.slice(1),
            factuality: "occurred",
            trigger: { start: list.start, end: verb },
            confidence: 0.5,
            inferred: true,
          }),
        );
      }
    }
    for (const e of inSentence(doc.events, sentence.index)) {
      if (e.kind !== "meet") continue;
      const parties = [...e.source, ...e.target];
      // the meeting of the listed states: its parties are among them, or the organisation itself
      const list = lists.find(
        (l) =>
          parties.length > 0 &&
          parties.every((p) => l.states.includes(p) || p === l.organization) &&
          parties.some((p) => l.states.includes(p) || p === l.organization),
      );
      if (!list) continue;
      e.source = list.states.slice(0, 1);
      e.target = list.states.slice(1);
    }
  }
}

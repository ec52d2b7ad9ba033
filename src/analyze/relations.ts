// Stage: relations. Standing states the article asserts: named partnership levels (label as worded),
// diplomatic relations, memberships and alliances, with the date each began where the text gives one.
import type { Knowledge } from "../knowledge/knowledge.ts";
import { alliancesIn } from "./alliances.ts";
import { inSentence } from "./by-sentence.ts";
import { focusPair } from "./coreference.ts";
import type { Doc, RelationCandidate, Sentence } from "./doc.ts";
import { actorMentions, coordinated, subjectsBefore } from "./event-roles.ts";
import { memberPhrases } from "./member-phrases.ts";

const DIPLOMATIC_TIES =
  /\bdiplomatic (?:relations|ties)\b|\b(?:relations|ties|relationship)\b[^.]{0,60}?\b(?:have|has) (?:endured|lasted|existed|spanned)\b/i;
const BROKEN =
  /\b(?:cut|cuts|sever|severs|severed|end|ends|ended|break|breaks|broke|broken|suspend|suspends|suspended|freeze|freezes|freezing|froze|frozen|downgraded?|downgrading)\b/i;
/** "no diplomatic relations", "does not have diplomatic ties": a relation denied. */
const NO_TIES = /\b(?:no|not|never|without|lack)\b[^.,;]{0,25}\bdiplomatic (?:relations|ties)\b/i;
/** "marked 60 years of diplomatic relations": counted back from the article's year. */
const YEARS_OF_TIES = /\b(\d{1,3})\s+years\s+of\s+diplomatic\s+(?:relations|ties)\b/i;
const MEMBERSHIP_BID =
  /\b(?:bid|bids|aspiration|candidacy|candidate|application|apply|applied|seeks?|seeking|wants?|ready to join|permanent membership|support for)\b/i;
const MEMBERSHIP =
  /\b(?:members? (?:states? )?of|membership (?:in|of)|(?:as|became|becomes|is|was|remains) (?:(?:a|an|the) )?(?:\w+['’]s )?(?:\d+\w* )?(?:full )?(?:ally|member))\b/i;
/** "The founding NATO members were ...", "EU members include ...": a named organisation's member list. */
const MEMBER_LIST = /\b(?:[Ff]ounding (?:[A-Z][\w-]* )?members?|[A-Z][\w-]* members) (?:were|are|include|included)\b/;

function pairFromSentence(doc: Doc, sentence: Sentence): string[] {
  const actors = actorMentions(doc, sentence, false).filter((a) => !a.actor.startsWith("org:"));
  // "China-Syria", "between Russia and India", "the UK and China": two coordinated states
  for (let i = 0; i + 1 < actors.length; i++) {
    if (actors[i].actor !== actors[i + 1].actor && coordinated(doc, actors[i].mention, actors[i + 1].mention))
      return [actors[i].actor, actors[i + 1].actor];
  }
  const distinct = [...new Set(actors.map((a) => a.actor))];
  return distinct.length === 2 ? distinct : [];
}

const partnershipCache = new WeakMap<Knowledge, { partnership: RegExp; requiredLevel: RegExp }>();

/** "((level word)[ -])+ partnership", and the words a level must include (knowledge/partnership-levels.json). */
function partnershipPatternsOf(knowledge: Knowledge): { partnership: RegExp; requiredLevel: RegExp } {
  const known = partnershipCache.get(knowledge);
  if (known) return known;
  const levels = knowledge.files.partnershipLevels;
  const patterns = {
    // "a strategic partner of", "Pakistan's all-weather strategic cooperative partner": the partnership's level
    partnership: new RegExp(`\\b((?:(?:${levels.level_words.join("|")})[\\s-]+)+)partner(?:ship)?\\b`, "gi"),
    requiredLevel: new RegExp(levels.required_words.join("|"), "i"),
  };
  partnershipCache.set(knowledge, patterns);
  return patterns;
}

// Over 80 lines: partnership, relations and membership patterns share one sentence walk; to become dictionary entries like the events' (issue 9).
export function relationsStage(doc: Doc, knowledge: Knowledge): void {
  const { partnership, requiredLevel } = partnershipPatternsOf(knowledge);
  const pair = focusPair(doc);
  const add = (r: RelationCandidate) => {
    const key = (x: RelationCandidate) =>
      `${x.kind}|${x.kind === "membership" ? x.parties.join(">") : [...x.parties].sort().join("~")}|${x.label ?? ""}`;
    const seen = doc.relations.find((x) => key(x) === key(r));
    if (!seen) doc.relations.push(r);
    else if (!seen.since && r.since) {
      // the sentence that dates the relation is its better evidence
      seen.since = r.since;
      seen.evidence = r.evidence;
    }
  };
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    const evidence = { start: sentence.start, end: sentence.end };
    const dates = inSentence(doc.dates, sentence.index);
    const events = inSentence(doc.events, sentence.index);
    let parties = pairFromSentence(doc, sentence);
    const ownPair = parties.length === 2;
    if (parties.length < 2) parties = pair.length === 2 ? pair : [];
    for (const m of text.matchAll(partnership)) {
      const label = `${m[1].replace(/\band\s*$/i, "").trim()} partnership`
        .toLowerCase()
        .replace(/\s+/g, " ")
        .replace(/^(?:new|full|and)\s+/, "");
      if (!requiredLevel.test(label) || parties.length < 2) continue;
      // "its global partners": a partner word names a partnership only between states the sentence names
      if (!/ship$/i.test(m[0]) && !ownPair) continue;
      const at = sentence.start + (m.index ?? 0);
      const datedAfter = dates.find(
        (d) => d.start >= at + m[0].length && d.start - (at + m[0].length) < 25 && !d.durationStart,
      );
      const established = events.find((e) => e.kind === "establish_partnership" && e.factuality === "occurred");
      const elevatedFrom = /\bto (?:a|an|the)\s*$/i.test(text.slice(0, m.index ?? 0));
      const since =
        datedAfter?.value ??
        (established && (elevatedFrom || !/\belevate|upgrade/i.test(text)) ? established.date : null);
      add({ kind: "partnership", parties, label, since, evidence });
    }
    const established = events.find((e) => e.kind === "establish_relations" && e.factuality === "occurred");
    if (established) {
      // the parties of the act, not the sentence's first pair ("broke with Taiwan and established relations with China")
      const duration = dates.find((d) => d.durationStart);
      for (const e of events.filter((x) => x.kind === "establish_relations" && x.factuality === "occurred"))
        for (const group of statePairs(e))
          add({
            kind: "diplomatic_relations",
            parties: group,
            label: null,
            since: duration?.value ?? (e.dateExplicit ? e.date : null),
            evidence,
          });
    } else if (
      DIPLOMATIC_TIES.test(text) &&
      parties.length === 2 &&
      !(BROKEN.test(text) && !/\bestablish/i.test(text)) &&
      !NO_TIES.test(text)
    ) {
      const years = YEARS_OF_TIES.exec(text);
      if (
        years ||
        /\b(?:have|has|with|maintain\w*|enjoy\w*)\b[^.]*\bdiplomatic (?:relations|ties)|endured|lasted|existed/i.test(
          text,
        )
      ) {
        const duration = dates.find((d) => d.durationStart);
        const counted =
          years && doc.referenceDate ? String(Number(doc.referenceDate.slice(0, 4)) - Number(years[1])) : null;
        const since = duration?.value ?? counted;
        for (const group of diplomaticPairs(doc, sentence, parties))
          add({ kind: "diplomatic_relations", parties: group, label: null, since, evidence });
      }
    }
    for (const e of events) {
      if (e.kind === "join" && e.factuality === "occurred") {
        for (const member of e.source)
          for (const org of e.target)
            add({ kind: "membership", parties: [member, org], label: null, since: e.date, evidence });
      }
    }
    for (const parties of alliancesIn(doc, sentence))
      add({ kind: "alliance", parties, label: null, since: null, evidence });
    for (const [state, org] of memberPhrases(doc, sentence))
      add({ kind: "membership", parties: [state, org], label: null, since: null, evidence });
    // "support for India's permanent membership", "its bid for membership": an aspiration, not a membership
    if ((MEMBERSHIP.test(text) || MEMBER_LIST.test(text)) && !MEMBERSHIP_BID.test(text)) {
      const actors = actorMentions(doc, sentence, false);
      const orgs = [...new Set(actors.filter((a) => a.actor.startsWith("org:")).map((a) => a.actor))];
      const states = [
        ...new Set(actors.filter((a) => !a.actor.startsWith("org:") && a.preposition === "").map((a) => a.actor)),
      ];
      for (const org of orgs)
        for (const state of states)
          add({ kind: "membership", parties: [state, org], label: null, since: null, evidence });
    }
  }
  // a relationship dated by its length ("67 years") dates the establishment of relations it reports
  for (const e of doc.events) {
    if (e.kind !== "establish_relations" || e.factuality !== "occurred") continue;
    const explicit = inSentence(doc.dates, e.sentence).some((d) => !d.durationStart);
    const rel = doc.relations.find(
      (r) =>
        r.kind === "diplomatic_relations" && r.since && r.parties.every((p) => [...e.source, ...e.target].includes(p)),
    );
    if (!explicit && rel?.since) {
      e.date = rel.since;
      e.dateExplicit = true;
    }
  }
}

/** The pairs of states an establishment of relations joins: each source with each target (no organisations). */
function statePairs(e: { source: string[]; target: string[] }): string[][] {
  const states = (side: string[]) => side.filter((a) => !a.startsWith("org:"));
  return states(e.source).flatMap((a) =>
    states(e.target)
      .filter((b) => b !== a)
      .map((b) => [a, b]),
  );
}

/** "Egypt and Jordan ... with diplomatic ties with Israel": each subject with the object. */
function diplomaticPairs(doc: Doc, sentence: Sentence, fallback: string[]): string[][] {
  const actors = actorMentions(doc, sentence, false).filter((a) => !a.actor.startsWith("org:"));
  const tiesAt = doc.text.slice(sentence.start, sentence.end).search(/diplomatic (?:relations|ties)/i) + sentence.start;
  const subjects = subjectsBefore(doc, actors, tiesAt);
  const object = actors.find((a) => a.mention.start > tiesAt && a.preposition === "with");
  if (subjects.length && object)
    return subjects.filter((s) => s.actor !== object.actor).map((s) => [s.actor, object.actor]);
  return [fallback];
}

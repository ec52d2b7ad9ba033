// Refiner: a joint statement is signed by the meeting's participants. "The Joint Declaration ... was released
// after the meeting": the states that met (the last meeting reported up to a few sentences before) concluded
// it together; with no meeting that near, the summit the article reports. Who signed is implied, not said: the event is marked inferred.
import type { Doc, EventCandidate } from "../doc.ts";

const JOINT_TEXT =
  /\b(?:joint|unanimous|final) (?:declaration|statement|communiqu[eé])s?\b[^.]{0,200}?\b(?:released|issued|adopted|signed|put out|published|announced|agreed)\b|\b(?:released|issued|adopted|signed|put out|published|announced) (?:a |an |the )?(?:joint|unanimous|final) (?:declaration|statement|communiqu[eé])/i;

/** How many sentences back a meeting may lie from the statement it produced. */
const REACH = 4;

const statesOf = (e: EventCandidate) => new Set([...e.source, ...e.target].filter((p) => !p.startsWith("org:"))).size;

/** The meeting the statement came from: of those within reach, the one with the most states (the summit). */
function lastMeeting(doc: Doc, sentence: number): EventCandidate | undefined {
  return doc.events
    .filter(
      (e) =>
        e.kind === "meet" &&
        e.factuality === "occurred" &&
        e.sentence <= sentence &&
        e.sentence >= sentence - REACH &&
        statesOf(e) >= 2,
    )
    .reduce<EventCandidate | undefined>((best, e) => (!best || statesOf(e) >= statesOf(best) ? e : best), undefined);
}

/** Further back, the summit the article reports (a meeting of three or more states before the statement). */
function articleSummit(doc: Doc, sentence: number): EventCandidate | undefined {
  return doc.events
    .filter((e) => e.kind === "meet" && e.factuality === "occurred" && e.sentence < sentence && statesOf(e) >= 3)
    .reduce<EventCandidate | undefined>((best, e) => (!best || statesOf(e) > statesOf(best) ? e : best), undefined);
}

export function jointStatementSigners(doc: Doc): void {
  const added: EventCandidate[] = [];
  for (const sentence of doc.sentences) {
    if (!JOINT_TEXT.test(doc.text.slice(sentence.start, sentence.end))) continue;
    if (doc.events.some((e) => e.sentence === sentence.index && e.kind === "sign_agreement")) continue;
    const meeting = lastMeeting(doc, sentence.index) ?? articleSummit(doc, sentence.index);
    if (!meeting) continue;
    const parties = [...new Set([...meeting.source, ...meeting.target])].filter((p) => !p.startsWith("org:"));
    added.push({
      ...meeting,
      kind: "sign_agreement",
      cameo: "057",
      source: parties.slice(0, 1),
      target: parties.slice(1),
      sentence: sentence.index,
      trigger: { start: sentence.start, end: sentence.start },
      evidence: { start: sentence.start, end: sentence.end },
      inferred: true,
    });
  }
  doc.events.push(...added);
}

// The refiners of the events stage, in the order they run: each reads the events the matcher and the
// refiners before it proposed, and adds to them or merges them; none undoes an earlier one's decision.
import type { Knowledge } from "../../knowledge/knowledge.ts";
import type { Doc } from "../doc.ts";
import { anniversarySince } from "./anniversary-since.ts";
import { arrivalVisits } from "./arrival-visits.ts";
import { datedAccessionLists } from "./dated-accession-lists.ts";
import { invitedToJoin } from "./invited-to-join.ts";
import { jointStatementSigners } from "./joint-statement-signers.ts";
import { meetingInHostTerritory } from "./meeting-in-host-territory.ts";
import { memberListMeetings } from "./member-list-meetings.ts";
import { mergeRepeatedReports } from "./merge-repeated-reports.ts";
import { obligationDemands } from "./obligation-demands.ts";
import { separateAgreements } from "./separate-agreements.ts";
import { separateCalls } from "./separate-calls.ts";
import { summitMeetings } from "./summit-meetings.ts";
import { summitParticipants } from "./summit-participants.ts";
import { summitSigners } from "./summit-signers.ts";
import { visitAgreements } from "./visit-agreements.ts";

export type EventRefiner = (doc: Doc, knowledge: Knowledge) => void;

export const EVENT_REFINERS: ReadonlyArray<[name: string, refiner: EventRefiner]> = [
  ["dated accession lists", datedAccessionLists], // "the addition of A and B in 2004; C in 1999": joins by year
  ["separate calls", separateCalls], // "called the French and German ministers": two calls, not a summit
  ["separate agreements", separateAgreements], // "signed 24 agreements with Mexico, Peru and Chile": one each
  ["anniversary since", anniversarySince], // "the 25th anniversary of the cooperation", in 2024: it began in 1999
  ["invited to join", invitedToJoin], // "NATO invited Finland to join": Finland's join, intended
  ["obligation demands", obligationDemands], // "Russia said Ukraine must withdraw": a demand on Ukraine
  ["arrival visits", arrivalVisits], // "Li Qiang touched down in Canberra": a visit to Australia
  ["summit participants", summitParticipants], // "the summit ended in Accra", then the leaders named: they met
  ["summit meetings", summitMeetings], // "at the summit, A and B agreed", "A attended the summit in C": they met
  ["member list meetings", memberListMeetings], // "the BRICS (A, B, C and D) agreed at their summit": all met
  ["meeting in host territory", meetingInHostTerritory], // talks held in B's capital: the others visited B
  ["joint statement signers", jointStatementSigners], // a joint declaration after talks: the participants signed it
  ["summit signers", summitSigners], // "at the summit, the leaders signed": every state of the summit signed
  ["visit agreements", visitAgreements], // "MoUs are to be signed during the visit": the visitor and the host sign
  ["merge repeated reports", mergeRepeatedReports], // the same meeting reported three times is one event
];

export function refineEvents(doc: Doc, knowledge: Knowledge): void {
  for (const [, refiner] of EVENT_REFINERS) refiner(doc, knowledge);
}

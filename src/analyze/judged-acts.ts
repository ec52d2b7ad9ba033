// Whom a judgement falls on when its object is another act: "condemned Israel's killing of Palestinians" and
// "rallied to protest the US-led airstrikes against Syria" judge the act's agent, not those it fell on.
import type { EventKind } from "../record/record.ts";
import { slotTokens } from "./dictionary/role-slots.ts";
import { triggerFrame } from "./event-frames.ts";
import type { Parties } from "./event-parties.ts";
import { treeParties } from "./event-roles-tree.ts";
import type { EventSentence } from "./event-sentence.ts";
import type { TriggerHit } from "./event-triggers.ts";

/** Kinds that judge what someone did. */
const JUDGING = new Set<EventKind>(["criticize", "protest"]);
/** Acts whose agent a judgement of them is aimed at. */
const JUDGED_ACTS = new Set<EventKind>(["use_force", "coerce", "sanction", "mobilize", "break_relations", "threaten"]);

/** The judgement's target, moved to the agent the parse names for the act it judges (if any). */
export function judgedActAgent(context: EventSentence, hit: TriggerHit, hits: TriggerHit[], parties: Parties): Parties {
  if (!JUDGING.has(hit.kind)) return parties;
  for (const head of slotTokens(hit.tokens, hit.match, hit.tree).target) {
    const act = hits.find((o) => o !== hit && JUDGED_ACTS.has(o.kind) && o.match.trigger === head);
    if (!act) continue;
    const agents = treeParties(context, act, triggerFrame(act)).source.filter((s) => !parties.source.includes(s));
    if (agents.length > 0) return { ...parties, target: agents };
  }
  return parties;
}

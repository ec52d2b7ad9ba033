// How a trigger's parties are arranged, read from its dictionary entry's role slots: most triggers act from
// subject to object, symmetric ones join parties, and a few arrange them otherwise (the speaker accuses,
// the object joins, the invited visits, each side acts on the other). The word-order fallback reads this.
import { SYMMETRIC_KINDS } from "../record/record.ts";
import type { TriggerHit } from "./event-triggers.ts";

export type FrameName =
  | "directed"
  | "symmetric"
  /** "France said Iran supports terrorism": the speaker accuses the subject of the reported clause. */
  | "reported"
  /** "welcome Finland as NATO's ally": the object joins. */
  | "object_joins"
  /** "invited X to visit Y": the invited visits. */
  | "object_visits"
  /** "Syria's territorial integrity": the possessor is the target. */
  | "possessor_target"
  /** "Sweden is a strong partner": the speaker praises the subject. */
  | "praise_subject"
  /** "A and B exchanged fire": each acts on the other. */
  | "mutual";

export interface TriggerFrame {
  name: FrameName;
  /** Prepositions that introduce the target ("visit to", "sanctions on"). */
  targetPreps?: string[];
  /** A place stands for its country as the target ("arrived in Hangzhou"). */
  placesAsTarget: boolean;
  /** Only organisations can be the target (joining). */
  organizationTarget: boolean;
  /** Parties that must be named (not the article's pair) for the event to count. */
  requireParties: number;
}

export function triggerFrame(hit: TriggerHit): TriggerFrame {
  const { roles } = hit.entry;
  const preps = roles.target.filter((s) => s.startsWith("prep:")).map((s) => s.slice("prep:".length));
  return {
    name: frameName(hit),
    targetPreps: preps.length ? preps : undefined,
    placesAsTarget: hit.kind === "visit" || (hit.kind === "break_relations" && roles.target.includes("prep:from")),
    organizationTarget: hit.kind === "join" || hit.entry.targetKind === "organization",
    requireParties: hit.entry.parties ?? 0,
  };
}

function frameName(hit: TriggerHit): FrameName {
  const { roles } = hit.entry;
  const kind = hit.kind;
  if (SYMMETRIC_KINDS.has(kind)) return "symmetric";
  if (roles.both?.length) return "mutual";
  if (roles.source[0] === "speaker" && roles.target.includes("subj"))
    return kind === "support" ? "praise_subject" : "reported";
  if (kind === "support" && roles.target.includes("poss")) return "possessor_target";
  if (kind === "join" && (roles.source[0] === "obj" || roles.source[0] === "prep:of")) return "object_joins";
  if (kind === "visit" && roles.source[0] === "obj") return "object_visits";
  return "directed";
}

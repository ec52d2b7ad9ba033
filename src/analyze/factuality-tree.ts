// Factuality read on the parse: a negation attached to the trigger denies it; a modal on it (or on the
// verb whose complement it is) makes it intended or uncertain; a governing "plan / agree / urge ... to"
// puts it in the future. The cue words are knowledge (event-patterns.json, tree_cues).
import type { EventPatterns } from "../knowledge/event-patterns.ts";
import type { EventKind, Factuality } from "../record/record.ts";
import type { SentenceTree } from "./dictionary/sentence-tree.ts";

const COMPLEMENT_RELS = new Set(["xcomp", "ccomp"]);
const ARGUMENT_RELS = new Set(["obj", "obl", "nmod"]);
const MAX_CLIMB = 3;

/** The factuality the tree shows for the trigger token, or null when it shows none (read the cues). */
export function treeFactuality(
  tree: SentenceTree,
  trigger: number,
  kind: EventKind,
  patterns: EventPatterns,
): Factuality | null {
  const cues = patterns.treeCues;
  // "agreed to elevate ... to a partnership": for some kinds the commitment is the act itself
  const performative = new Set((patterns.performative[kind] ?? []).map((cue) => cue.split(" ")[0]));
  let at = trigger;
  for (let climb = 0; climb <= MAX_CLIMB; climb++) {
    const own = tree.children[at].map((c) => ({ rel: tree.tokens[c].deprel, key: tree.keys[c][0] }));
    if (climb === 0 && own.some((c) => c.rel === "advmod" || c.rel === "det" ? cues.negations.has(c.key) : false))
      return "negated";
    for (const c of own) {
      if (c.rel !== "aux") continue;
      if (cues.intendedModals.has(c.key)) return "intended";
      if (cues.uncertainModals.has(c.key)) return "uncertain";
    }
    const token = tree.tokens[at];
    // "pledged $500 million in assistance": the verb whose argument the trigger is promises it
    if (climb === 0 && ARGUMENT_RELS.has(token.deprel) && token.head >= 0) {
      const verb = tree.tokens[token.head];
      if (patterns.intendedTriggerWords.has(verb.text.toLowerCase())) return "intended";
    }
    if (!COMPLEMENT_RELS.has(token.deprel) || token.head < 0) return null;
    at = token.head;
    if (performative.has(tree.tokens[at].text.toLowerCase())) return "occurred";
    if (cues.intendedGovernors.has(tree.keys[at][0])) return "intended";
  }
  return null;
}

// PLOVER and CAMEO codes of each event kind, read from the knowledge base (knowledge/event-patterns.json),
// for recoding a reviewed kind and for PLOVER modes in exports.
import type { EventPatterns } from "../../knowledge/event-patterns.ts";
import { readKnowledgeFiles } from "../../knowledge/knowledge-files.ts";
import type { EventKind, Factuality, RecordEvent } from "../../record/record.ts";

let kinds: EventPatterns["kinds"] | null = null;

function kindTable(): EventPatterns["kinds"] {
  kinds ??= readKnowledgeFiles().eventPatterns.kinds;
  return kinds;
}

/** The codes an event of `kind` gets; an intended event is PLOVER AGREE with the kind's CAMEO 03x code. */
export function codesOfKind(kind: EventKind, factuality: Factuality): RecordEvent["codes"] {
  const entry = kindTable()[kind];
  return factuality === "intended"
    ? { plover: "AGREE", cameo: entry.intended_cameo }
    : { plover: entry.plover, cameo: entry.cameo };
}

/** PLOVER mode the kind implies ("visit" for visits), or "" when it implies none. */
export function ploverModeOfKind(kind: EventKind): string {
  return kindTable()[kind]?.mode ?? "";
}

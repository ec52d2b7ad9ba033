// Factuality of an event from the words just before its trigger: "will", "plans to", "willingness to"
// make it intended; "not", "refused to" negated; "may", "reportedly" uncertain.
import type { EventPatterns } from "../knowledge/event-patterns.ts";
import type { EventKind, Factuality } from "../record/record.ts";

const WINDOW_WORDS = 10;

const compiled = new WeakMap<string[], RegExp>();

/** One regular expression per cue list, compiled on first use. */
function hasCue(windowText: string, cues: string[]): boolean {
  let regex = compiled.get(cues);
  if (!regex) {
    const alternatives = cues.map((cue) => cue.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
    regex = new RegExp(`(?:^|[^\\w'])(?:${alternatives})(?![\\w])`, "i");
    compiled.set(cues, regex);
  }
  return regex.test(windowText);
}

/** `before` is the clause text up to the trigger; `trigger` the trigger's own words. */
export function factualityOf(
  kind: EventKind,
  before: string,
  trigger: string,
  patterns: EventPatterns,
  after = "",
): Factuality {
  if (patterns.negationAfter.test(after)) return "negated";
  // "in late May": a capitalised May after the clause's first word is the month, not the modal
  const words = before
    .replace(/[’]/g, "'")
    .split(/\s+/)
    .filter(Boolean)
    .map((w, i) => (i > 0 && /^May\b/.test(w) ? "(month)" : w));
  const near = words.slice(-4).join(" ");
  const window = words.slice(-WINDOW_WORDS).join(" ");
  if (hasCue(near, patterns.cues.negated) && !/\bnot only\b/i.test(near)) return "negated";
  if (hasCue(window, patterns.cues.uncertain)) return "uncertain";
  if (patterns.futureAfter.test(after)) return "intended";
  if (patterns.intendedTriggerWords.has((trigger.split(/\s+/)[0] ?? "").toLowerCase())) return "intended";
  const performative = patterns.performative[kind] ?? [];
  if (hasCue(window, patterns.cues.intended) && !(performative.length && hasCue(window, performative)))
    return "intended";
  if (
    patterns.defaultIntended.has(kind) &&
    !/ed\b/i.test(trigger.split(/\s+/)[0] ?? "") &&
    !hasCue(near, patterns.occurredCues)
  )
    return "intended";
  return "occurred";
}

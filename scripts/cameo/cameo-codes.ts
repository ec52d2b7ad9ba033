// CAMEO codes to dyad kinds: the mapping data (knowledge/event-dictionary/review/cameo-kinds.json)
// first, by longest prefix; otherwise the code's PLOVER category from CAMEO2PLOVER-2021.txt.
import type { EventKind, Factuality } from "../../src/record/record.ts";

export interface CodeRule {
  kind: EventKind | null;
  factuality?: Factuality;
  swap?: boolean;
  note?: string;
}

export interface KindMapping {
  plover: Record<string, EventKind | null>;
  codes: Record<string, CodeRule>;
}

export interface CodedKind {
  cameo: string;
  kind: EventKind | null;
  factuality?: Factuality;
  /** The code is the target's act: source and target trade places. */
  swap: boolean;
}

/** "030: AGREE,  , diplomatic # Express intent" lines → code → PLOVER category. */
export function readCameo2Plover(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const m = /^(\d{2,4}):\s*([A-Z]+)/.exec(line);
    if (m && !out.has(m[1])) out.set(m[1], m[2]);
  }
  return out;
}

/**
 * A pattern's code as written ("042:043", ":173", "080!", "---") to a dyad kind. The code before the
 * colon is the source's act; with only a code after it, that is the target's act (roles swap).
 */
export function codedKind(written: string, mapping: KindMapping, plover: Map<string, string>): CodedKind | null {
  const [before, after = ""] = written.replace(/!/g, "").split(":");
  const first = before.trim();
  const second = after.trim();
  const primary = /^\d{2,4}$/.test(first) ? first : /^\d{2,4}$/.test(second) ? second : null;
  if (!primary) return null;
  const reversed = primary !== first;
  const rule = ruleFor(primary, mapping, plover);
  return {
    cameo: primary,
    kind: rule.kind,
    factuality: rule.factuality,
    swap: reversed !== Boolean(rule.swap),
  };
}

function ruleFor(code: string, mapping: KindMapping, plover: Map<string, string>): CodeRule {
  for (let n = code.length; n >= 2; n--) {
    const rule = mapping.codes[code.slice(0, n)];
    if (rule) return rule;
  }
  const category = plover.get(code) ?? plover.get(code.slice(0, 3)) ?? plover.get(code.slice(0, 2));
  if (!category) return { kind: null };
  if (!(category in mapping.plover)) throw new Error(`cameo-kinds.json: no dyad kind for PLOVER category ${category}`);
  return { kind: mapping.plover[category] };
}

// "The Foreign Office", "the Foreign Ministry" named without their state: the knowledge base reads "the Foreign
// Office" as Britain's, but Pakistan's and others' are called so too; the text around says whose it is.
import type { Doc, Mention, Sentence } from "./doc.ts";
import { NAMED, type ReferenceMention } from "./reference-phrases.ts";

// "the Foreign Office", "the Foreign Ministry": a state's own foreign ministry, named without its state
const FOREIGN_MINISTRY =
  /\b(?:[Tt]he )?(?:Foreign (?:Office|Ministry|Affairs Ministry)|Ministry of Foreign Affairs)\b/g;
const BRITISH_OFFICE = /^Foreign Office$/;
const ROLE_AFTER = /^\s+(?:spokesperson|spokesman|spokeswoman|official|officials|statement)\b/;

/**
 * The state a foreign ministry named without its state speaks for: the place after it ("the Foreign Office in
 * Islamabad"), Britain's for "the Foreign Office" of an article that names Britain, the dateline's state, else the
 * first state the sentence before names (mostly its subject: "Pakistan summoned the envoy. The Foreign Office
 * said ..."). A state before it ("Pakistan's Foreign Office", "the Turkish Foreign Ministry") is its own mention.
 */
function ministryState(doc: Doc, sentence: Sentence, named: Mention[], start: number, end: number): string | null {
  const after = named.find((m) => m.sentence === sentence.index && m.start >= end && m.start <= end + 4 + 20);
  if (after && /^\s+in\s+$/.test(doc.text.slice(end, after.start))) {
    const state =
      after.kind === "place"
        ? (doc.entities.get(after.entityId)?.country ?? null)
        : after.kind === "country"
          ? after.actor
          : null;
    if (state && !state.startsWith("org:")) return state;
  }
  const text = doc.text.slice(start, end).replace(/^[Tt]he /, "");
  const britain =
    doc.publisher === "GBR" ||
    doc.datelinePlace?.country === "GBR" ||
    // a state named as such: a person's country may come from this very "Foreign Office spokesperson"
    named.some((m) => m.actor === "GBR" && m.kind === "country" && m.via !== "metonym" && NAMED.has(m.via));
  if (BRITISH_OFFICE.test(text) && britain) return "GBR";
  if (doc.datelinePlace?.country) return doc.datelinePlace.country;
  for (let k = sentence.index - 1; k >= Math.max(0, sentence.index - 2); k--) {
    const first = named.find(
      (m) => m.sentence === k && m.kind === "country" && m.actor && NAMED.has(m.via) && m.via !== "metonym",
    );
    if (first?.actor) return first.actor;
  }
  return BRITISH_OFFICE.test(text) ? "GBR" : null;
}

/** The knowledge base's "Foreign Office" (Britain's), whose state the text around decides (foreignMinistries). */
export function isBareForeignOffice(doc: Doc, m: Mention): boolean {
  return m.via === "metonym" && BRITISH_OFFICE.test(doc.text.slice(m.start, m.end).replace(/^[Tt]he /, ""));
}

/**
 * Foreign ministries named without their state, each with the state it speaks for; `replaced` lists the
 * mentions the knowledge base had already read as Britain's "Foreign Office" that stand for another state.
 */
export function foreignMinistries(
  doc: Doc,
  sentence: Sentence,
  named: Mention[],
): { mentions: ReferenceMention[]; replaced: Mention[] } {
  const text = doc.text.slice(sentence.start, sentence.end);
  const mentions: ReferenceMention[] = [];
  const replaced: Mention[] = [];
  for (const m of text.matchAll(FOREIGN_MINISTRY)) {
    const start = sentence.start + (m.index ?? 0);
    const end = start + m[0].length;
    const known = named.find((x) => x.start < end && x.end > start);
    if (known && known.via !== "metonym") continue;
    // "Pakistan's Foreign Office", "the Turkish Foreign Ministry": the state before it speaks
    const owner = named.find(
      (x) =>
        x.sentence === sentence.index &&
        x.kind === "country" &&
        x.end <= start &&
        /^(?:'s?)?\s*$/.test(doc.text.slice(x.end, start)),
    );
    // "Foreign Office spokesperson Asim Iftikhar Ahmed": a bare ministry name before a role noun is one too
    const role = ROLE_AFTER.test(doc.text.slice(end, end + 20));
    if (!/^[Tt]he /.test(m[0]) && !owner && !role) continue;
    const state = owner ? owner.actor : ministryState(doc, sentence, named, start, end);
    if (owner && !known) continue;
    if (known) {
      if (state !== known.actor) replaced.push(known);
      else continue;
    }
    if (state) mentions.push({ start, end, actor: state, kind: "country", possessive: false });
  }
  return { mentions, replaced };
}

// A joint statement's voice: "We, the Heads of State/Government of A, B, ... and C, held ..." makes "we"
// every state that the opening appositive names, for the whole statement.
import type { Doc } from "./doc.ts";

const OPENING = /^\s*(?:\d+\.\s*)?We,\s+the\s+(?:[\p{L}/-]+\s+){0,4}?(?:of|from)\s/iu;
/** The appositive ends at a comma followed by a lower-case word other than "the"/"and" (the clause resumes). */
const RESUME = /,\s+(?!the\b|and\b)(?=\p{Ll})/u;

/**
 * Where the joint voice stops being the subject of a sentence that opens with "We": after its appositive
 * ("We, the leaders of A and B, held"), else after "We"; -1 when the sentence does not open with "We".
 */
export function voiceSubjectEnd(doc: Doc, start: number, end: number): number {
  const text = doc.text.slice(start, end);
  const we = /^\s*(?:\d+\.\s*)?(?:We|Our)\b/.exec(text);
  if (!we) return -1;
  const opening = OPENING.exec(text);
  if (!opening) return start + we[0].length;
  const rest = text.slice(opening[0].length);
  return start + opening[0].length + (RESUME.exec(rest)?.index ?? rest.length);
}

/** The states of the opening "We, the leaders of ..." appositive, in order, if it names two or more. */
export function jointVoice(doc: Doc): string[] {
  for (const sentence of doc.sentences.slice(0, 12)) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!OPENING.test(text)) continue;
    const end = voiceSubjectEnd(doc, sentence.start, sentence.end);
    const states = doc.mentions
      .filter(
        (m) => m.start >= sentence.start && m.end <= end && m.kind === "country" && m.actor && m.via !== "publisher",
      )
      .map((m) => m.actor as string);
    const distinct = [...new Set(states)];
    if (distinct.length >= 2) return distinct;
  }
  return [];
}

// Stage: quotes. Text between quotation marks, with the speaker named around it ("..., said Brock";
// "Hawass added, ...") or the last person named before it.
import { inSentences } from "./by-sentence.ts";
import type { Doc } from "./doc.ts";

const QUOTED = /[“"]([^”"]{12,}?)[”"]/g;

export function quotesStage(doc: Doc): void {
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    for (const m of text.matchAll(QUOTED)) {
      const start = sentence.start + (m.index ?? 0) + 1;
      const end = start + m[1].length;
      const people = inSentences(doc.mentions, sentence.index - 1, sentence.index).filter((x) => x.kind === "person");
      const outside = people.filter((x) => x.end <= start - 1 || x.start >= end + 1);
      const speaker =
        outside.sort((a, b) => Math.abs(a.start - start) - Math.abs(b.start - start))[0] ??
        inSentences(doc.mentions, sentence.index - 5, sentence.index)
          .filter((x) => x.kind === "person" && x.start < start)
          .pop();
      doc.quotes.push({
        speaker: speaker?.entityId ?? null,
        text: { start, end },
        evidence: { start: sentence.start, end: sentence.end },
      });
    }
  }
}

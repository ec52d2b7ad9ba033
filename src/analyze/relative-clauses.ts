// A relative clause set off by commas inside a subject ("Ruto, who was invited by Museveni, held talks")
// says nothing of the main verb's tense or certainty: cue words read before a trigger skip it.

const RELATIVE_CLAUSE = /,\s*(?:who|whom|whose|which)\b[^,;:]*,/gi;

/** The text with each comma-bounded relative clause replaced by one comma. */
export function withoutRelativeClauses(text: string): string {
  return text.replace(RELATIVE_CLAUSE, ",");
}

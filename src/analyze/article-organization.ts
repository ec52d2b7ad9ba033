// The organisation an article is about: the one named most often by name (twice or more), if any. "The
// alliance added Albania and Croatia" in an article about NATO speaks of NATO.
import type { Doc } from "./doc.ts";

export function articleOrganization(doc: Doc): string | null {
  const counts = new Map<string, number>();
  for (const m of doc.mentions)
    if (m.actor?.startsWith("org:") && m.via === "name") counts.set(m.actor, (counts.get(m.actor) ?? 0) + 1);
  const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return best && best[1] >= 2 ? best[0] : null;
}

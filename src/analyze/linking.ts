// Linking: chooses what an ambiguous name means, and which person a name or title refers to on the
// article's date ("the Syrian President" in 2023 is Bashar al-Assad; in 2026 Ahmed al-Sharaa).
import type { Knowledge } from "../knowledge/knowledge.ts";
import type { Person, Term } from "../knowledge/schema.ts";
import { coversDate } from "../record/iso-date.ts";
import type { IsoDate } from "../record/record.ts";

export function activeTerms(person: Person, date: IsoDate | null): Term[] {
  if (!date) return [];
  return person.terms.filter((t) => coversDate(t.start, t.end, date));
}

/** The state or organisation a person acts for on a date: an office held then, else their own state. */
export function personActor(person: Person, date: IsoDate | null): string | null {
  const terms = activeTerms(person, date);
  return terms[0]?.for ?? person.country;
}

export function personRole(person: Person, date: IsoDate | null): string | null {
  const terms = activeTerms(person, date);
  if (terms.length) return terms[0].title;
  const last = [...person.terms].sort((a, b) => b.start.localeCompare(a.start))[0];
  return date && last && last.start > date ? null : (last?.title ?? null);
}

/**
 * Picks among people sharing a name ("Abdullah", "Li"): those in office on the date first, then those
 * whose state the article names most.
 */
export function choosePerson(
  ids: string[],
  knowledge: Knowledge,
  date: IsoDate | null,
  stateWeight: Map<string, number>,
): Person | null {
  let best: Person | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const id of ids) {
    const person = knowledge.people.get(id);
    if (!person) continue;
    const active = activeTerms(person, date);
    const actor = active[0]?.for ?? person.country ?? "";
    let score = (stateWeight.get(actor) ?? 0) * 2 + (person.country ? (stateWeight.get(person.country) ?? 0) : 0);
    if (active.length) score += 10;
    else if (date && person.terms.length && person.terms.every((t) => t.start > date)) score -= 20;
    if (score > bestScore) {
      best = person;
      bestScore = score;
    }
  }
  return best;
}

/** Who held one of these roles for a state on a date (the title "the Syrian President"). */
export function officeHolder(
  knowledge: Knowledge,
  actor: string,
  roles: string[],
  titleKey: string,
  date: IsoDate | null,
): Person | null {
  if (!date) return null;
  let fallback: Person | null = null;
  for (const person of knowledge.people.values()) {
    for (const t of activeTerms(person, date)) {
      if (t.for !== actor || !roles.includes(t.role)) continue;
      if (t.title.toLowerCase() === titleKey) return person;
      fallback ??= person;
    }
  }
  return fallback;
}

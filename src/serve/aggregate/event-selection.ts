// Which events an analyst's question selects, and what a count means, in one place for the CLI, the HTTP API,
// the exports and the aggregates. By default an event counts when the article says it happened (`occurred`)
// and no reviewer rejected it; intended, negated and uncertain events and rejected ones are counted apart and
// come in only when asked for (`factuality`, `review`).

import { dateBounds } from "../../record/iso-date.ts";
import { EVENT_KINDS, type EventKind, FACTUALITIES, type Factuality, type IsoDate } from "../../record/record.ts";
import type { EventFilter, ReviewStatus, Store } from "../../store/store.ts";
import { resolveActor, resolveActorWithStore } from "./actor-resolver.ts";

export const REVIEW_STATES = ["unreviewed", "confirmed", "corrected", "rejected"] as const satisfies ReviewStatus[];

/** What counts by default: events said to have happened, not rejected by a reviewer. */
export const COUNTED_FACTUALITIES: Factuality[] = ["occurred"];
export const COUNTED_REVIEWS: ReviewStatus[] = ["unreviewed", "confirmed", "corrected"];

/** A mistake in what the user asked for (an impossible date, an unknown kind): CLI exit 2, HTTP 400. */
export class FilterInputError extends Error {
  override name = "FilterInputError";
}

/** The date as typed when it is a real YYYY, YYYY-MM or YYYY-MM-DD date; else an error naming the input. */
export function checkedDate(name: string, typed: string): IsoDate {
  try {
    dateBounds(typed);
    return typed;
  } catch (error) {
    throw new FilterInputError(`${name}: ${(error as Error).message}`);
  }
}

export function checkedRange(from: IsoDate | undefined, to: IsoDate | undefined): void {
  if (from && to && dateBounds(from).first > dateBounds(to).last) {
    throw new FilterInputError(`from (${from}) is after to (${to}): nothing can match`);
  }
}

export function checkedPair(a: string, b: string): [string, string] {
  if (a === b) throw new FilterInputError(`a pair needs two different actors, got ${a} twice`);
  return [a, b];
}

/** Values from a closed list; "all" stands for every value. */
export function checkedValues<T extends string>(name: string, allowed: readonly T[], typed: string[]): T[] {
  const values = typed
    .flatMap((value) => value.split(","))
    .map((value) => value.trim())
    .filter(Boolean);
  if (values.includes("all")) return [...allowed];
  const unknown = values.filter((value) => !allowed.includes(value as T));
  if (unknown.length > 0) {
    const listed = unknown.map((value) => `"${value}"`).join(", ");
    throw new FilterInputError(`unknown ${name} ${listed}: use ${allowed.join(", ")} or all`);
  }
  return values as T[];
}

/** The counting rule applied to a filter: factuality and review default to what counts. */
export function counted(filter: EventFilter): EventFilter {
  return {
    ...filter,
    factuality: filter.factuality?.length ? filter.factuality : COUNTED_FACTUALITIES,
    review: filter.review?.length ? filter.review : COUNTED_REVIEWS,
  };
}

/** What a user typed for a selection of events: names, codes and dates as strings. */
export interface SelectionInput {
  actor?: string;
  pair?: string[];
  kind?: string[];
  factuality?: string[];
  review?: string[];
  from?: string;
  to?: string;
  place?: string;
}

/** Checks and resolves a typed selection into a store filter with the counting rule applied. */
export async function eventSelection(input: SelectionInput, store?: Store): Promise<EventFilter> {
  const resolve = async (typed: string) => (store ? await resolveActorWithStore(typed, store) : resolveActor(typed)).id;
  const filter: EventFilter = {};
  if (input.actor) filter.actor = await resolve(input.actor);
  if (input.pair) {
    if (input.pair.length !== 2) throw new FilterInputError(`pair takes two actors, got ${input.pair.length}`);
    filter.pair = checkedPair(await resolve(input.pair[0]), await resolve(input.pair[1]));
  }
  if (input.kind) filter.kind = checkedValues<EventKind>("kind", EVENT_KINDS, input.kind);
  if (input.factuality) filter.factuality = checkedValues<Factuality>("factuality", FACTUALITIES, input.factuality);
  if (input.review) filter.review = checkedValues<ReviewStatus>("review", REVIEW_STATES, input.review);
  if (input.from) filter.from = checkedDate("from", input.from);
  if (input.to) filter.to = checkedDate("to", input.to);
  checkedRange(filter.from, filter.to);
  if (input.place) filter.place = input.place;
  return counted(filter);
}

/** Counts of a selection, split by the counting rule; the five parts add up to every matching event. */
export interface CountsApart {
  counted: number;
  intended: number;
  negated: number;
  uncertain: number;
  rejected: number;
}

export async function countsApart(store: Store, filter: EventFilter): Promise<CountsApart> {
  const { factuality: _factuality, review: _review, limit: _limit, offset: _offset, ...rest } = filter;
  const total = async (part: EventFilter) => (await store.events({ ...rest, ...part, limit: 0 })).total;
  const [occurred, intended, negated, uncertain, rejected] = await Promise.all([
    total({ factuality: ["occurred"], review: COUNTED_REVIEWS }),
    total({ factuality: ["intended"], review: COUNTED_REVIEWS }),
    total({ factuality: ["negated"], review: COUNTED_REVIEWS }),
    total({ factuality: ["uncertain"], review: COUNTED_REVIEWS }),
    total({ review: ["rejected"] }),
  ]);
  return { counted: occurred, intended, negated, uncertain, rejected };
}

/** "not counted: 3 intended, 1 negated, 2 rejected" (or "" when nothing is left out). */
export function describeApart(counts: CountsApart): string {
  const parts = (["intended", "negated", "uncertain", "rejected"] as const)
    .filter((name) => counts[name] > 0)
    .map((name) => `${counts[name]} ${name}`);
  return parts.length ? `not counted: ${parts.join(", ")}` : "";
}

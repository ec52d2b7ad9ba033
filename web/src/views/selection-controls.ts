// The controls every analytic view shares: a date range, and what to show besides the events that count
// (intended, negated, uncertain, rejected). Both live in the URL's query (from, to, include), so the overview,
// pair, graph, map and trend views keep one selection as the analyst moves between them.
import type { CountsApart } from "../api-types.ts";
import { element } from "../element.ts";

export const APART = ["intended", "negated", "uncertain", "rejected"] as const;
type Apart = (typeof APART)[number];

/** The URL query parameters that belong to the shared selection. */
export const SELECTION_KEYS = ["from", "to", "include"];

function included(query: URLSearchParams): Set<Apart> {
  const values = (query.get("include") ?? "").split(",");
  return new Set(APART.filter((value) => values.includes(value)));
}

/** The API parameters of the selection: the counting rule, widened by what the analyst switched in. */
export function selectionParameters(query: URLSearchParams): Record<string, string | undefined> {
  const include = included(query);
  const factuality = ["occurred", ...APART.filter((value) => value !== "rejected" && include.has(value))];
  return {
    from: query.get("from") ?? undefined,
    to: query.get("to") ?? undefined,
    factuality: factuality.join(","),
    review: include.has("rejected") ? "all" : undefined,
  };
}

/** Only the selection's part of a query, to carry it into links to other views. */
export function selectionQuery(query: URLSearchParams): string {
  const kept = new URLSearchParams();
  for (const key of SELECTION_KEYS) {
    const value = query.get(key);
    if (value) kept.set(key, value);
  }
  const text = kept.toString();
  return text ? `?${text}` : "";
}

/**
 * "Not counted: 1 intended, 2 rejected" for what the counting rule leaves out and the analyst has not switched
 * in (`query`), or "" when nothing is left out.
 */
export function apartNote(apart: CountsApart | undefined, query?: URLSearchParams): string {
  if (!apart) return "";
  const shown = query ? included(query) : new Set<Apart>();
  const parts = APART.filter((name) => apart[name] > 0 && !shown.has(name)).map((name) => `${apart[name]} ${name}`);
  return parts.length ? `Not counted: ${parts.join(", ")}.` : "";
}

/** The date range and the "also show" switches; a change rewrites the hash, which re-renders the view. */
export function selectionControls(path: string, query: URLSearchParams): HTMLElement {
  const date = (name: "from" | "to", label: string) =>
    element(
      "label",
      {},
      label,
      element("input", {
        attributes: { name, value: query.get(name) ?? "", placeholder: "YYYY[-MM[-DD]]", size: "10" },
      }),
    );
  const include = included(query);
  const switches = APART.map((value) => {
    const box = element("input", { attributes: { type: "checkbox", name: "include", value } });
    box.checked = include.has(value);
    return element("label", { className: `switch apart-${value}` }, box, value);
  });
  const form = element(
    "form",
    { className: "selection", attributes: { "aria-label": "selection" } },
    date("from", "From"),
    date("to", "To"),
    element("span", { className: "switches" }, "Also show:", ...switches),
    element("button", { text: "Apply", attributes: { type: "submit" } }),
  );
  const apply = () => {
    const next = new URLSearchParams(query);
    for (const key of SELECTION_KEYS) next.delete(key);
    const data = new FormData(form);
    for (const key of ["from", "to"]) {
      const value = String(data.get(key) ?? "").trim();
      if (value) next.set(key, value);
    }
    const chosen = data.getAll("include").map(String);
    if (chosen.length) next.set("include", chosen.join(","));
    const text = next.toString();
    location.hash = `#/${path}${text ? `?${text}` : ""}`;
  };
  form.addEventListener("submit", (submit) => {
    submit.preventDefault();
    apply();
  });
  for (const box of form.querySelectorAll("input[type=checkbox]")) box.addEventListener("change", apply);
  return form;
}

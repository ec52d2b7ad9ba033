// The stored articles, newest first, with full-text search (titles, text, evidence): each hit shows its best
// passage with the matched words marked, and opens its article view.
import { api } from "../api-client.ts";
import { element, link } from "../element.ts";

export async function renderDocumentsView(root: HTMLElement, _parts: string[], query: URLSearchParams): Promise<void> {
  const search = element("input", {
    attributes: {
      name: "search",
      type: "search",
      "aria-label": "search articles",
      placeholder: "search titles, text and evidence",
      value: query.get("search") ?? "",
    },
  });
  const order = element(
    "select",
    { attributes: { name: "order", "aria-label": "order" } },
    element("option", { text: "newest first", attributes: { value: "newest" } }),
    element("option", { text: "most relevant first", attributes: { value: "relevance" } }),
  );
  order.value = query.get("order") ?? "newest";
  const form = element(
    "form",
    { className: "filters" },
    search,
    order,
    element("button", { text: "Search", attributes: { type: "submit" } }),
  );
  form.addEventListener("submit", (submit) => {
    submit.preventDefault();
    location.hash = `#/documents?${new URLSearchParams({ search: search.value.trim(), order: order.value })}`;
  });
  const page = await api.documents({
    search: query.get("search") ?? undefined,
    order: query.get("order") ?? undefined,
    limit: 200,
  });
  root.append(
    element("h1", { text: "Articles" }),
    form,
    element("p", {
      className: "summary",
      attributes: { "data-total": String(page.total) },
      text: `${page.total} articles${page.total > page.items.length ? `, first ${page.items.length} shown` : ""}.`,
    }),
    element(
      "ul",
      { className: "documents" },
      ...page.items.map((document) =>
        element(
          "li",
          { attributes: { "data-document-id": String(document.id) } },
          link(`#/article/${document.id}`, document.title ?? document.input),
          document.published ? ` · ${document.published}` : "",
          document.snippet ? snippet(document.snippet) : null,
        ),
      ),
    ),
  );
}

/** The hit's passage, matched words in <mark>; every part goes in as text, never as markup. */
function snippet(parts: { text: string; highlight: boolean }[]): HTMLElement {
  return element(
    "p",
    { className: "snippet" },
    ...parts.map((part) => (part.highlight ? element("mark", { text: part.text }) : part.text)),
  );
}

// The stored articles, searchable by title, each opening its article view.
import { api } from "../api-client.ts";
import { element, link } from "../element.ts";

export async function renderDocumentsView(root: HTMLElement, _parts: string[], query: URLSearchParams): Promise<void> {
  const search = element("input", {
    attributes: { name: "search", placeholder: "search titles", value: query.get("search") ?? "" },
  });
  const form = element(
    "form",
    { className: "filters" },
    search,
    element("button", { text: "Search", attributes: { type: "submit" } }),
  );
  form.addEventListener("submit", (submit) => {
    submit.preventDefault();
    location.hash = `#/documents?${new URLSearchParams({ search: search.value.trim() })}`;
  });
  const page = await api.documents({ search: query.get("search") ?? undefined, limit: 200 });
  root.append(
    element("h1", { text: "Articles" }),
    form,
    element("p", {
      className: "summary",
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
        ),
      ),
    ),
  );
}

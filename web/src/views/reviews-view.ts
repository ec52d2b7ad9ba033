// The store's audit log: every review, newest first — who, when, which event, what changed (before → after).
import { api } from "../api-client.ts";
import { element, link } from "../element.ts";
import { auditEntry } from "./review-controls.ts";

const PAGE = 100;

export async function renderReviewsView(root: HTMLElement, _parts: string[], query: URLSearchParams): Promise<void> {
  const reviewer = query.get("reviewer") ?? undefined;
  const offset = Number(query.get("offset") ?? 0);
  const page = await api.reviews({ reviewer, limit: PAGE, offset });
  root.append(
    element("h1", { text: reviewer ? `Reviews by ${reviewer}` : "Reviews" }),
    element("p", {
      className: "summary",
      attributes: { "data-total": String(page.total) },
      text: page.total === 0 ? "No event has been reviewed yet." : `${page.total} reviews, newest first.`,
    }),
  );
  const list = element("ol", { className: "audit-list" });
  for (const entry of page.items) {
    list.append(
      element(
        "li",
        { attributes: { "data-review-id": String(entry.id) } },
        link(`#/article/${entry.documentId}?event=${entry.eventId}`, `event ${entry.eventId}`),
        ` in “${entry.documentTitle ?? "untitled"}” · `,
        entry.reviewer ? link(`#/reviews?reviewer=${encodeURIComponent(entry.reviewer)}`, entry.reviewer) : "",
        auditEntry(entry),
      ),
    );
  }
  root.append(list);
  const pager = element("p", { className: "pager" });
  const at = (next: number) =>
    `#/reviews?${new URLSearchParams({ ...(reviewer ? { reviewer } : {}), offset: String(next) })}`;
  if (offset > 0) pager.append(link(at(Math.max(0, offset - PAGE)), "← newer"), " ");
  if (offset + page.items.length < page.total) pager.append(link(at(offset + PAGE), "older →"));
  root.append(pager);
}

// Confirm, reject or correct one event, signed with a reviewer's name and a note; the event's audit log on
// demand. Writes need the token from the header field. After a save, everything shown is what the server
// stored (the response), never what was typed. The kinds come from the record contract itself.
import { EVENT_KINDS, FACTUALITIES } from "../../../src/record/record.ts";
import { api } from "../api-client.ts";
import type { ApiEvent, ReviewEntry } from "../api-types.ts";
import { element } from "../element.ts";

const REVIEWER_KEY = "dyad-reviewer";

const actors = (text: string) =>
  text
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);

/** One line with what is stored: kind, parties, date, factuality, place, codes. */
export function storedSummary(event: ApiEvent): string {
  const place = event.location
    ? ` · at ${event.location.name}${event.location.country ? ` (${event.location.country})` : ""}`
    : "";
  return (
    `${event.kind.replaceAll("_", " ")} · ${event.source.join(", ")} → ${event.target.join(", ")} · ` +
    `${event.date ?? "undated"} · ${event.factuality}${place} · ${event.codes.plover} / CAMEO ${event.codes.cameo}`
  );
}

function correctionFields(event: ApiEvent) {
  const select = (label: string, values: readonly string[], value: string) => {
    const node = element(
      "select",
      { attributes: { "aria-label": label } },
      ...values.map((option) => element("option", { text: option, attributes: { value: option } })),
    );
    node.value = value;
    return node;
  };
  const input = (label: string, value: string, placeholder = "") =>
    element("input", { attributes: { "aria-label": label, value, placeholder } });
  return {
    kind: select("kind", EVENT_KINDS, event.kind),
    source: input("source", event.source.join(", "), "CHN, Syria"),
    target: input("target", event.target.join(", ")),
    date: input("date", event.date ?? "", "YYYY-MM-DD"),
    factuality: select("factuality", FACTUALITIES, event.factuality),
    place: input("place", event.location?.name ?? "", "place"),
    country: input("place country", event.location?.country ?? "", "country"),
  };
}

/** The fields that differ from the event as stored: only those are sent. */
function changes(event: ApiEvent, fields: ReturnType<typeof correctionFields>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (fields.kind.value !== event.kind) body.kind = fields.kind.value;
  if (fields.source.value !== event.source.join(", ")) body.source = actors(fields.source.value);
  if (fields.target.value !== event.target.join(", ")) body.target = actors(fields.target.value);
  if (fields.date.value !== (event.date ?? "")) body.date = fields.date.value.trim() || null;
  if (fields.factuality.value !== event.factuality) body.factuality = fields.factuality.value;
  const place = fields.place.value.trim();
  const country = fields.country.value.trim();
  if (place !== (event.location?.name ?? "") || country !== (event.location?.country ?? "")) {
    body.location = place ? { name: place, country: country || null } : null;
  }
  return body;
}

function auditLog(event: ApiEvent): HTMLElement {
  const box = element("div", { className: "audit-log", attributes: { hidden: "" } });
  const toggle = element("button", {
    text: "History",
    className: "history",
    attributes: { type: "button" },
    on: {
      click: async () => {
        box.toggleAttribute("hidden");
        if (box.hidden) return;
        box.textContent = "loading…";
        try {
          const { items } = await api.eventReviews(event.id);
          box.textContent = "";
          if (items.length === 0) box.append(element("p", { className: "muted", text: "Not reviewed yet." }));
          for (const entry of items) box.append(auditEntry(entry));
        } catch (error) {
          box.textContent = (error as Error).message;
        }
      },
    },
  });
  return element("div", {}, toggle, box);
}

export function auditEntry(entry: ReviewEntry): HTMLElement {
  const before = entry.before as Record<string, unknown>;
  const after = entry.after as Record<string, unknown>;
  const changed = Object.keys(after).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
  return element(
    "div",
    { className: "audit-entry", attributes: { "data-action": entry.action } },
    element("strong", { text: entry.action }),
    ` by ${entry.reviewer ?? "(no name)"} at ${entry.reviewedAt.replace("T", " ").slice(0, 16)}`,
    entry.note ? element("q", { text: entry.note }) : null,
    element(
      "ul",
      {},
      ...changed.map((key) =>
        element("li", { text: `${key}: ${JSON.stringify(before[key])} → ${JSON.stringify(after[key])}` }),
      ),
    ),
  );
}

export function reviewControls(initial: ApiEvent, onChange: (event: ApiEvent) => void): HTMLElement {
  let event = initial;
  const status = element("span", { className: `review-status review-${event.review}`, text: event.review });
  const stored = element("p", { className: "stored", text: storedSummary(event) });
  const message = element("span", { className: "review-message", attributes: { role: "status" } });
  const box = element("div", { className: "review", attributes: { "data-review": event.review } }, status);
  const reviewer = element("input", {
    attributes: { "aria-label": "reviewer", placeholder: "your name", value: localStorage.getItem(REVIEWER_KEY) ?? "" },
  });
  const note = element("input", { attributes: { "aria-label": "note", placeholder: "note (why)" } });
  let fields = correctionFields(event);
  const form = element("form", { className: "correct-form", attributes: { hidden: "" } });
  const fillForm = () => {
    fields = correctionFields(event);
    form.replaceChildren(
      ...Object.values(fields),
      element("button", { text: "Save correction", attributes: { type: "submit" } }),
    );
  };
  fillForm();

  const send = async (body: Record<string, unknown>) => {
    message.textContent = "saving…";
    message.classList.remove("error");
    const signed = { ...body, reviewer: reviewer.value.trim() || undefined, note: note.value.trim() || undefined };
    if (reviewer.value.trim()) localStorage.setItem(REVIEWER_KEY, reviewer.value.trim());
    try {
      event = await api.review(event.id, signed);
      status.textContent = event.review;
      status.className = `review-status review-${event.review}`;
      box.dataset.review = event.review;
      stored.textContent = storedSummary(event);
      fillForm();
      note.value = "";
      message.textContent = "saved";
      onChange(event);
    } catch (error) {
      message.textContent = (error as Error).message;
      message.classList.add("error");
    }
  };
  form.addEventListener("submit", (submit) => {
    submit.preventDefault();
    const body = changes(event, fields);
    if (Object.keys(body).length === 0) {
      message.textContent = "nothing changed";
      return;
    }
    void send({ action: "correct", ...body });
  });

  box.append(
    element("button", { text: "Confirm", className: "confirm", on: { click: () => void send({ action: "confirm" }) } }),
    element("button", { text: "Reject", className: "reject", on: { click: () => void send({ action: "reject" }) } }),
    element("button", { text: "Correct…", className: "correct", on: { click: () => form.toggleAttribute("hidden") } }),
    reviewer,
    note,
    message,
    stored,
    form,
    auditLog(event),
  );
  return box;
}

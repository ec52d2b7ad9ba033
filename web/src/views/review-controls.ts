// Confirm, reject or correct one event. Writes need the token from the header field.
// The kinds come from the record contract itself, so the web app's lists never fall behind it.
import { EVENT_KINDS } from "../../../src/record/record.ts";
import { api } from "../api-client.ts";
import type { ApiEvent } from "../api-types.ts";
import { element } from "../element.ts";

const actors = (text: string) =>
  text
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);

export function reviewControls(event: ApiEvent, onChange: (event: ApiEvent) => void): HTMLElement {
  const status = element("span", { className: `review-status review-${event.review}`, text: event.review });
  const message = element("span", { className: "review-message", attributes: { role: "status" } });
  const box = element("div", { className: "review", attributes: { "data-review": event.review } }, status);

  const send = async (body: Record<string, unknown>) => {
    message.textContent = "saving…";
    try {
      const reviewed = await api.review(event.id, body);
      status.textContent = reviewed.review;
      status.className = `review-status review-${reviewed.review}`;
      box.dataset.review = reviewed.review;
      message.textContent = "saved";
      onChange(reviewed);
    } catch (error) {
      message.textContent = (error as Error).message;
      message.classList.add("error");
    }
  };

  const kind = element(
    "select",
    { attributes: { "aria-label": "kind" } },
    ...EVENT_KINDS.map((value) => element("option", { text: value, attributes: { value } })),
  );
  kind.value = event.kind;
  const source = element("input", { attributes: { "aria-label": "source", value: event.source.join(", ") } });
  const target = element("input", { attributes: { "aria-label": "target", value: event.target.join(", ") } });
  const date = element("input", {
    attributes: { "aria-label": "date", value: event.date ?? "", placeholder: "YYYY-MM-DD" },
  });
  const form = element(
    "form",
    { className: "correct-form", attributes: { hidden: "" } },
    kind,
    source,
    target,
    date,
    element("button", { text: "Save correction", attributes: { type: "submit" } }),
  );
  form.addEventListener("submit", (submit) => {
    submit.preventDefault();
    const body: Record<string, unknown> = { action: "correct" };
    if (kind.value !== event.kind) body.kind = kind.value;
    if (source.value !== event.source.join(", ")) body.source = actors(source.value);
    if (target.value !== event.target.join(", ")) body.target = actors(target.value);
    if (date.value !== (event.date ?? "")) body.date = date.value || null;
    void send(body);
  });

  box.append(
    element("button", { text: "Confirm", className: "confirm", on: { click: () => void send({ action: "confirm" }) } }),
    element("button", { text: "Reject", className: "reject", on: { click: () => void send({ action: "reject" }) } }),
    element("button", { text: "Correct…", className: "correct", on: { click: () => form.toggleAttribute("hidden") } }),
    message,
    form,
  );
  return box;
}

// Paste an article (text or an HTML page's source) with its metadata, and ingest it. Needs the token.
import { api } from "../api-client.ts";
import { element, link } from "../element.ts";

export async function renderIngestView(root: HTMLElement): Promise<void> {
  const field = (name: string, label: string, placeholder = "") =>
    element("label", {}, label, element("input", { attributes: { name, placeholder } }));
  const format = element(
    "select",
    { attributes: { name: "format" } },
    element("option", { text: "plain text", attributes: { value: "text" } }),
    element("option", { text: "HTML page source", attributes: { value: "html" } }),
  );
  const text = element("textarea", {
    attributes: { name: "text", rows: "14", required: "", placeholder: "Paste the article here" },
  });
  const result = element("p", { className: "result", attributes: { role: "status" } });
  const form = element(
    "form",
    { className: "ingest" },
    field("title", "Title"),
    field("published", "Published", "YYYY-MM-DD"),
    field("source", "Source", "Reuters"),
    field("url", "URL", "https://…"),
    element("label", {}, "Format", format),
    text,
    element("button", { text: "Ingest", attributes: { type: "submit" } }),
    result,
  );
  form.addEventListener("submit", async (submit) => {
    submit.preventDefault();
    const body: Record<string, string> = {};
    for (const [name, value] of new FormData(form)) if (String(value).trim()) body[name] = String(value);
    result.textContent = "ingesting…";
    result.classList.remove("error");
    try {
      const saved = await api.ingest(body);
      result.textContent = saved.stored ? `Stored with ${saved.events} events: ` : "Already stored: ";
      result.append(link(`#/article/${saved.documentId}`, "open the article"));
    } catch (error) {
      result.textContent = (error as Error).message;
      result.classList.add("error");
    }
  });
  root.append(
    element("h1", { text: "Ingest an article" }),
    element("p", { className: "muted", text: "Writes need the server's token (DYAD_TOKEN) in the Token field above." }),
    form,
  );
}

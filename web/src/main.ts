// The app shell: a hash router over the views, so every view has a URL and reloads land where they were.
import "vis-timeline/styles/vis-timeline-graph2d.min.css";
import "./style.css";
import { savedToken, saveToken } from "./api-client.ts";
import { element } from "./element.ts";
import { renderArticleView } from "./views/article-view.ts";
import { renderDocumentsView } from "./views/documents-view.ts";
import { renderEventsView } from "./views/events-view.ts";
import { renderGraphView } from "./views/graph-view.ts";
import { renderIngestView } from "./views/ingest-view.ts";
import { renderMapView } from "./views/map-view.ts";
import { renderOverview } from "./views/overview.ts";
import { renderPairView } from "./views/pair-view.ts";
import { renderReviewsView } from "./views/reviews-view.ts";
import { selectionQuery } from "./views/selection-controls.ts";
import { renderTrendsView } from "./views/trends-view.ts";

type Render = (root: HTMLElement, parts: string[], query: URLSearchParams) => Promise<void>;

const ROUTES: Record<string, Render> = {
  "": renderOverview,
  pair: renderPairView,
  trends: renderTrendsView,
  graph: renderGraphView,
  map: renderMapView,
  events: renderEventsView,
  documents: renderDocumentsView,
  article: renderArticleView,
  ingest: renderIngestView,
  reviews: renderReviewsView,
};

/** The views that share one selection (date range, what else to show): their nav links carry it. */
const SHARED_SELECTION = new Set(["#/", "#/pair", "#/trends", "#/graph", "#/map"]);

const root = document.getElementById("view") as HTMLElement;
let generation = 0;

/** A part of the hash as written when it is not valid percent-encoding ("#/article/%"), so routing never throws. */
function decodeHashPart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

async function route(): Promise<void> {
  const current = ++generation;
  const [path, search = ""] = location.hash.replace(/^#\/?/, "").split("?");
  const [name = "", ...parts] = path.split("/").filter(Boolean).map(decodeHashPart);
  const render = ROUTES[name] ?? renderOverview;
  root.textContent = "";
  root.dataset.view = name || "overview";
  root.dataset.ready = "false";
  const selection = selectionQuery(new URLSearchParams(search));
  for (const anchor of document.querySelectorAll<HTMLAnchorElement>("nav a")) {
    anchor.dataset.path ??= anchor.getAttribute("href") ?? "";
    const target = anchor.dataset.path;
    anchor.classList.toggle("active", target === `#/${name}`);
    // the date range and switches follow the analyst from one analytic view to the next
    if (SHARED_SELECTION.has(target)) anchor.setAttribute("href", `${target}${selection}`);
  }
  // Shown until the view has its data: a slow API never leaves a blank page.
  const loading = element("p", { className: "loading", text: "Loading…", attributes: { role: "status" } });
  root.append(loading);
  try {
    await render(root, parts, new URLSearchParams(search));
  } catch (error) {
    if (current !== generation) return;
    root.append(element("p", { className: "error", text: `Could not load this view: ${(error as Error).message}` }));
  }
  loading.remove();
  // Browser tests and the bench wait for this flag: the view has its data on screen.
  if (current === generation) root.dataset.ready = "true";
}

const tokenInput = document.getElementById("token") as HTMLInputElement;
tokenInput.value = savedToken();
tokenInput.addEventListener("change", () => saveToken(tokenInput.value.trim()));

window.addEventListener("hashchange", () => void route());
void route();

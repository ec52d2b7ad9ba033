// The analyst's views in Debian's Chromium over the demo store: trends with real axes, the counting switches and
// the shared date range, and no console error on any view.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { counted } from "../src/serve/aggregate/event-selection.ts";
import { buildTrends } from "../src/serve/aggregate/trends.ts";
import { type BrowserSession, startBrowserSession } from "./browser-session.ts";

let session: BrowserSession;

beforeAll(async () => {
  session = await startBrowserSession("browser-analyst-token");
}, 120_000);

afterAll(async () => {
  await session?.close();
});

afterEach(() => {
  // every view must load without a console error (a 404, a failed request, an exception)
  expect(session.takeErrors()).toEqual([]);
});

/** The article view of the first stored article with events. */
async function firstArticleHash(): Promise<string> {
  const [event] = (await session.store.events(counted({ pair: ["CHN", "SYR"] }))).items;
  return `#/article/${event.documentId}`;
}

/** Bounding boxes of the elements matching `selector`, left to right. */
async function boxes(selector: string) {
  const located = await session.page.locator(selector).all();
  const result = [];
  for (const node of located) {
    const box = await node.boundingBox();
    if (box) result.push(box);
  }
  return result.sort((a, b) => a.x - b.x);
}

describe("trends", () => {
  it("draws a pair's events per year with a count axis, a Goldstein axis and period labels that never overlap", async () => {
    const { page, store, open } = session;
    await open("#/trends?pair=china,syria&by=year");
    const expected = await buildTrends(store, counted({ pair: ["CHN", "SYR"] }), "year");
    const total = expected.points.reduce((sum, point) => sum + point.events, 0);
    expect(total).toBeGreaterThan(0);
    await expect(page.getAttribute(".summary", "data-events")).resolves.toBe(String(total));
    await expect(page.locator('svg.trend-chart [data-axis="count"]').count()).resolves.toBeGreaterThan(1);
    await expect(page.locator('svg.trend-chart [data-axis="goldstein"]').count()).resolves.toBe(5);
    const labels = await boxes('svg.trend-chart [data-axis="period"]');
    expect(labels.length).toBeGreaterThan(1);
    for (let i = 1; i < labels.length; i++)
      expect(labels[i].x).toBeGreaterThanOrEqual(labels[i - 1].x + labels[i - 1].width);
    const chart = await page.locator("svg.trend-chart").boundingBox();
    const last = labels[labels.length - 1];
    expect(last.x + last.width).toBeLessThanOrEqual((chart?.x ?? 0) + (chart?.width ?? 0));
    await expect(page.getAttribute(".chart-box + .legend + p a", "href")).resolves.toContain("format=csv");
    await session.screenshot("trends");
  });

  it("takes a kind and a period from its form", async () => {
    const { page, open } = session;
    await open("#/trends");
    await page.selectOption('select[name="kind"]', "visit");
    await page.selectOption('select[name="by"]', "year");
    await page.click('form.filters button[type="submit"]');
    await page.waitForFunction(() => location.hash.includes("kind=visit"));
    await page.waitForSelector('#view[data-ready="true"] .summary');
    await expect(page.textContent(".summary")).resolves.toMatch(/events in \d+ years/);
  });
});

describe("what counts, and the switches that bring in the rest", () => {
  it("counts the pair's occurred events, then marks and adds the intended ones when switched in", async () => {
    const { page, store, open } = session;
    await open("#/pair/CHN/SYR");
    const countedTotal = (await store.events(counted({ pair: ["CHN", "SYR"] }))).total;
    await expect(page.getAttribute(".summary", "data-events")).resolves.toBe(String(countedTotal));
    const intended = (await store.events({ pair: ["CHN", "SYR"], factuality: ["intended"] })).total;
    expect(intended).toBeGreaterThan(0);
    await expect(page.textContent(".summary")).resolves.toContain(`Not counted: ${intended} intended`);
    await page.check('form.selection input[value="intended"]');
    await page.waitForFunction(() => location.hash.includes("include=intended"));
    await page.waitForSelector('#view[data-ready="true"] .summary');
    await expect(page.getAttribute(".summary", "data-events")).resolves.toBe(String(countedTotal + intended));
    await expect(page.locator(".vis-item.factuality-intended").count()).resolves.toBeGreaterThan(0);
    await page.waitForSelector(".vis-item.factuality-intended .vis-dot", { state: "visible" });
    await session.screenshot("pair-with-intended");
  });

  it.each([1400, 390])("keeps every timeline label inside the timeline at %i px", async (width) => {
    const { page, open } = session;
    await page.setViewportSize({ width, height: 900 });
    try {
      await open("#/pair/CHN/SYR");
      await page.waitForSelector(".vis-item.vis-point .vis-item-content", { state: "visible" });
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const frame = await page.locator(".timeline .vis-panel.vis-center").boundingBox();
      if (!frame) throw new Error("no timeline panel");
      const labels = await page.locator(".vis-item.vis-point .vis-item-content").all();
      expect(labels.length).toBeGreaterThan(3);
      for (const label of labels) {
        const box = await label.boundingBox();
        const text = await label.textContent();
        if (!box) continue;
        expect(box.x, text ?? "").toBeGreaterThanOrEqual(frame.x - 1);
        expect(box.x + box.width, text ?? "").toBeLessThanOrEqual(frame.x + frame.width + 1);
      }
      // a partnership band's label is shown whole inside its band, or not at all (never "strat")
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const bands = await page.evaluate(() =>
        Array.from(document.querySelectorAll(".timeline .vis-item.vis-background .band-label")).map((label) => {
          const range = document.createRange();
          range.selectNodeContents(label);
          const text = range.getBoundingClientRect();
          const band = (label.closest(".vis-item") as Element).getBoundingClientRect();
          return {
            shown: getComputedStyle(label).visibility !== "hidden",
            fits: text.left >= band.left - 1 && text.right <= band.right + 1,
          };
        }),
      );
      expect(bands.length).toBeGreaterThan(0);
      for (const band of bands) if (band.shown) expect(band.fits).toBe(true);
    } finally {
      await page.setViewportSize({ width: 1400, height: 900 });
    }
  });

  it.each([1400, 390])(
    "labels the timeline's axis with whole years, no stray 0, none cut at an edge, at %i px",
    async (width) => {
      const { page, open } = session;
      await page.setViewportSize({ width, height: 900 });
      try {
        await open("#/pair/CHN/SYR");
        await page.waitForSelector(".timeline .vis-time-axis .vis-text.vis-minor:not(.vis-measure)");
        // the labels are checked after the timeline's redraw has settled
        await page.evaluate(
          () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
        );
        // the text of each shown label (vis-timeline's hidden measuring labels left out), where the text itself is drawn
        const labels = await page.evaluate(() =>
          Array.from(document.querySelectorAll(".timeline .vis-time-axis .vis-text"))
            .filter((label) => getComputedStyle(label).visibility !== "hidden" && label.textContent?.trim())
            .map((label) => {
              const range = document.createRange();
              range.selectNodeContents(label);
              const { left, right } = range.getBoundingClientRect();
              return { text: label.textContent?.trim() ?? "", left, right };
            }),
        );
        expect(labels.length).toBeGreaterThan(1);
        for (const { text } of labels)
          expect(text).toMatch(/^(?:\d{4}|[A-Z][a-z]{2}(?: \d{4})?|\d{1,2} [A-Z][a-z]{2})$/);
        const frame = await page.locator(".timeline .vis-panel.vis-center").boundingBox();
        if (!frame) throw new Error("no timeline panel");
        // a label cut at an edge is what showed as a stray "0" (the end of "2000"): each is wholly in or wholly out
        for (const { text, left, right } of labels) {
          const inside = left >= frame.x - 1 && right <= frame.x + frame.width + 1;
          const outside = right <= frame.x || left >= frame.x + frame.width;
          expect(inside || outside, `${text} at ${left}–${right}`).toBe(true);
        }
      } finally {
        await page.setViewportSize({ width: 1400, height: 900 });
      }
    },
  );

  it("opens a pair named in any case, showing the codes it resolved to", async () => {
    const { page, open } = session;
    await open("#/pair/china/Syrian");
    await expect(page.inputValue('select[aria-label="first actor"]')).resolves.toBe("CHN");
    await expect(page.inputValue('select[aria-label="second actor"]')).resolves.toBe("SYR");
  });

  it("keeps the date range when moving from the overview to a pair", async () => {
    const { page, open } = session;
    await open("#/");
    await page.fill('form.selection input[name="from"]', "2023");
    await page.click('form.selection button[type="submit"]');
    await page.waitForFunction(() => location.hash.includes("from=2023"));
    await page.waitForSelector('#view[data-ready="true"] [data-pair="CHN|SYR"]');
    await page.click('[data-pair="CHN|SYR"] a');
    await page.waitForFunction(() => location.hash.startsWith("#/pair/") && location.hash.includes("from=2023"));
    await page.waitForSelector('#view[data-ready="true"] .summary');
    await expect(page.inputValue('form.selection input[name="from"]')).resolves.toBe("2023");
  });

  it("carries the date range through the menu to the graph, the map, trends and back to the overview", async () => {
    const { page, open } = session;
    await open("#/?from=2023&to=2023-12");
    for (const [view, name] of [
      ["graph", "Graph"],
      ["map", "Map"],
      ["trends", "Trends"],
      ["", "Overview"],
    ]) {
      await page.click(`nav a:text-is("${name}")`);
      await page.waitForFunction((path) => location.hash.startsWith(`#/${path}?`), view);
      await page.waitForSelector('#view[data-ready="true"] form.selection');
      expect(new URLSearchParams(await page.evaluate(() => location.hash.split("?")[1]))).toEqual(
        new URLSearchParams("from=2023&to=2023-12"),
      );
      await expect(page.inputValue('form.selection input[name="from"]'), view).resolves.toBe("2023");
      await expect(page.inputValue('form.selection input[name="to"]'), view).resolves.toBe("2023-12");
    }
    // the map shown is the range's
    await page.click('nav a:text-is("Map")');
    await page.waitForSelector('#view[data-ready="true"] form.selection');
    const map = await (await page.request.get(`${session.base}/api/map?from=2023&to=2023-12`)).json();
    await expect(page.locator("#view").textContent()).resolves.toContain(
      `${map.countries.length} countries, ${map.places.length} located places; ${map.onDatelineCountry} events`,
    );
    // and the graph drawn is the range's: only the pairs with events in 2023
    await page.click('nav a:text-is("Graph")');
    await page.waitForSelector('#view[data-ready="true"] .graph canvas');
    const drawn = await page.evaluate(
      () => (window as unknown as { dyadGraph: { edges(): { length: number } } }).dyadGraph.edges().length,
    );
    const graph = await (await page.request.get(`${session.base}/api/graph?from=2023&to=2023-12`)).json();
    expect(drawn).toBe(graph.edges.length);
    const everything = await (await page.request.get(`${session.base}/api/graph`)).json();
    expect(graph.edges.length).toBeLessThan(everything.edges.length);
  });

  it("marks what does not count on the timeline: intended hollow, negated struck, rejected grey", async () => {
    const { page, store, open } = session;
    const style = (selector: string, property: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((node, name) => getComputedStyle(node).getPropertyValue(name), property);
    await open("#/pair/CHN/SYR?include=intended");
    await expect(style(".vis-item.factuality-intended .vis-dot", "border-style")).resolves.toBe("dashed");
    // hollow: the white centre is left inside the border
    const dot = await page
      .locator(".vis-item.factuality-intended .vis-dot")
      .first()
      .evaluate((node) => ({
        width: node.getBoundingClientRect().width,
        border: getComputedStyle(node).borderLeftWidth,
      }));
    expect(dot.width - 2 * Number.parseFloat(dot.border)).toBeGreaterThanOrEqual(2);
    await expect(style(".vis-item.factuality-intended .vis-dot", "background-color")).resolves.toBe(
      "rgb(255, 255, 255)",
    );
    await expect(style(".vis-item:not(.factuality-intended) .vis-dot", "border-style")).resolves.toBe("solid");
    await open("#/pair/QAT/SYR?include=negated");
    await expect(style(".vis-item.factuality-negated .vis-item-content", "text-decoration-line")).resolves.toBe(
      "line-through",
    );
    // a reviewer rejects the United States' criticism of Syria: it leaves the count, and shows grey when asked for
    const [criticism] = (await store.events(counted({ pair: ["USA", "SYR"], kind: ["criticize"] }))).items;
    await store.reviewEvent(criticism.id, { action: "reject", reviewer: "test", note: "misread" });
    await open("#/pair/USA/SYR");
    await expect(page.locator(".vis-item.review-rejected").count()).resolves.toBe(0);
    await open("#/pair/USA/SYR?include=rejected");
    await expect(style(".vis-item.review-rejected", "opacity")).resolves.toBe("0.5");
  });

  it("says what is wrong with an impossible date instead of failing on the server", async () => {
    const { page, open } = session;
    await open("#/pair/CHN/SYR?from=2023-13");
    await expect(page.textContent("#view .error")).resolves.toMatch(/"2023-13" has no month 13/);
    // the 400 is logged by the browser as a failed request: expected here, and only here
    expect(session.takeErrors().every((error) => error.includes("400"))).toBe(true);
  });
});

describe("article search", () => {
  it("searches the articles' text from the search box and marks the matched words", async () => {
    const { page, store, open } = session;
    await open("#/documents");
    await page.fill('input[name="search"]', "strategic partnership");
    await page.click('form.filters button[type="submit"]');
    await page.waitForFunction(() => location.hash.includes("search="));
    await page.waitForSelector('#view[data-ready="true"] .summary');
    const expected = await store.searchDocuments({ query: "strategic partnership" });
    expect(expected.total).toBeGreaterThan(0);
    await expect(page.getAttribute(".summary", "data-total")).resolves.toBe(String(expected.total));
    const marks = await page.locator(".documents .snippet mark").allTextContents();
    expect(marks.map((mark) => mark.toLowerCase())).toContain("partnership");
    await session.screenshot("search");
  });
});

describe("review", () => {
  it("corrects factuality and place with a reviewer and a note, shows what is stored, and logs it", async () => {
    const { page, store, open } = session;
    const [event] = (await store.events(counted({ pair: ["CHN", "SYR"], kind: ["meet"] }))).items;
    await open(`#/article/${event.documentId}?event=${event.id}`);
    await page.fill("#token", "browser-analyst-token");
    await page.dispatchEvent("#token", "change");
    const card = page.locator(`.event-card[data-event-id="${event.id}"]`);
    await card.locator('input[aria-label="reviewer"]').fill("ana");
    await card.locator('input[aria-label="note"]').fill("a plan, in Damascus");
    await card.locator("button.correct").click();
    await card.locator('select[aria-label="factuality"]').selectOption("intended");
    await card.locator('input[aria-label="place"]').fill("Damascus");
    await card.locator('input[aria-label="place country"]').fill("syria");
    await card.locator('.correct-form button[type="submit"]').click();
    await page.waitForSelector(`.event-card[data-event-id="${event.id}"] .review[data-review="corrected"]`);
    // the card shows what the server stored: the country resolved to its code, the codes recoded
    await expect(card.locator(".stored").textContent()).resolves.toMatch(/intended · at Damascus \(SYR\) · AGREE/);
    expect(await store.getEvent(event.id)).toMatchObject({ factuality: "intended", location: { country: "SYR" } });
    await card.locator("button.history").click();
    await expect(card.locator(".audit-entry").first().textContent()).resolves.toMatch(/correct by ana/);
    await session.screenshot("review");
    await open("#/reviews");
    await expect(page.locator(`.audit-list [data-review-id]`).first().textContent()).resolves.toContain(
      "a plan, in Damascus",
    );
    await session.screenshot("reviews");
  });

  it("says why a correction is refused", async () => {
    const { page, store, open } = session;
    const [event] = (await store.events(counted({ kind: ["visit"] }))).items;
    await open(`#/article/${event.documentId}?event=${event.id}`);
    const card = page.locator(`.event-card[data-event-id="${event.id}"]`);
    await card.locator("button.correct").click();
    await card.locator('input[aria-label="source"]').fill("narnia");
    await card.locator('.correct-form button[type="submit"]').click();
    await expect(card.locator(".review-message.error").textContent()).resolves.toMatch(/"narnia"/);
    // the refusal is a 400, which the browser logs as a failed request: expected here
    expect(session.takeErrors().every((error) => error.includes("400"))).toBe(true);
  });
});

describe("graph", () => {
  it("lays the graph out the same way on every load", async () => {
    const { page, open } = session;
    const positions = async () => {
      await open("#/graph");
      await page.waitForSelector(".graph canvas");
      return page.evaluate(() =>
        (
          window as unknown as {
            dyadGraph: {
              nodes: () => {
                map: (f: (n: { id: () => string; position: () => { x: number; y: number } }) => unknown) => unknown[];
              };
            };
          }
        ).dyadGraph
          .nodes()
          .map((node) => [node.id(), Math.round(node.position().x), Math.round(node.position().y)]),
      );
    };
    const first = await positions();
    expect(first.length).toBeGreaterThan(2);
    expect(await positions()).toEqual(first);
  });

  it("draws no label over another label or another node", async () => {
    const { page, open } = session;
    await open("#/graph");
    await page.waitForSelector(".graph canvas");
    type Box = { id: string; x1: number; y1: number; x2: number; y2: number };
    // node labels, the partnership labels drawn on edges (one with no room is hidden), and node bodies, in the
    // graph's own coordinates
    const { labels, bodies } = await page.evaluate(() => {
      interface Element {
        id(): string;
        data(key: string): string;
        hasClass(name: string): boolean;
        boundingBox(options: object): { x1: number; y1: number; x2: number; y2: number };
      }
      interface Collection {
        map<T>(f: (element: Element) => T): T[];
        filter(f: (element: Element) => boolean): Collection;
      }
      const cy = (window as unknown as { dyadGraph: { nodes(): Collection; edges(): Collection } }).dyadGraph;
      const labelOnly = { includeNodes: false, includeEdges: false, includeLabels: true };
      const box = (element: Element, options: object) => ({ id: element.id(), ...element.boundingBox(options) });
      return {
        labels: [
          ...cy.nodes().map((node) => box(node, labelOnly)),
          ...cy
            .edges()
            .filter((edge) => !!edge.data("label") && !edge.hasClass("label-hidden"))
            .map((edge) => box(edge, labelOnly)),
        ],
        bodies: cy.nodes().map((node) => box(node, { includeNodes: true, includeEdges: false, includeLabels: false })),
      };
    });
    expect(labels.length).toBeGreaterThan(2);
    const overlap = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
    const clashes: string[] = [];
    for (const label of labels) {
      for (const other of labels)
        if (other.id > label.id && overlap(label, other)) clashes.push(`label ${label.id} × label ${other.id}`);
      for (const body of bodies)
        if (body.id !== label.id && overlap(label, body)) clashes.push(`label ${label.id} × node ${body.id}`);
    }
    expect(clashes).toEqual([]);
  });
});

describe("small screens", () => {
  it("shows the events as cards at 390 px, each with its evidence in full view", async () => {
    const { page, open } = session;
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await open("#/events?pair=CHN,SYR");
      const rows = await page.locator("table.events tbody tr").all();
      expect(rows.length).toBeGreaterThan(1);
      for (const row of rows) {
        const evidence = row.locator('a[href*="#/article/"]');
        await expect(evidence.isVisible()).resolves.toBe(true);
        const box = await evidence.boundingBox();
        expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
        expect((await evidence.textContent())?.length).toBeGreaterThan(20);
      }
    } finally {
      await page.setViewportSize({ width: 1400, height: 900 });
    }
  });

  it.each([
    ["overview", "#/"],
    ["pair", "#/pair/CHN/SYR"],
    ["trends", "#/trends?pair=CHN,SYR&by=year"],
    ["events", "#/events?pair=CHN,SYR"],
    ["documents", "#/documents?search=partnership"],
    ["reviews", "#/reviews"],
    ["graph", "#/graph"],
    ["map", "#/map"],
    ["article", "article"],
    ["ingest", "#/ingest"],
  ])("fits the %s view into 390 px", async (name, hash) => {
    const { page, open } = session;
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await open(hash === "article" ? await firstArticleHash() : hash);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(390);
      await session.screenshot(`${name}-390`);
    } finally {
      await page.setViewportSize({ width: 1400, height: 900 });
    }
  });
});

const EVERY_VIEW = [
  "#/",
  "#/pair",
  "#/pair/CHN/SYR",
  "#/trends?pair=CHN,SYR",
  "#/graph",
  "#/map",
  "#/events",
  "#/documents",
  "article",
  "#/ingest",
  "#/reviews",
];

describe("every view", () => {
  it("has a favicon, served as SVG (no 404 on any page)", async () => {
    const { page, base, open } = session;
    await open("#/");
    const href = await page.getAttribute('link[rel="icon"]', "href");
    expect(href).toBeTruthy();
    const response = await page.request.get(new URL(href ?? "", base).toString());
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("image/svg+xml");
    expect(await response.text()).toContain("<svg");
  });

  it.each(EVERY_VIEW)("%s loads with no console error", async (hash) => {
    await session.open(hash === "article" ? await firstArticleHash() : hash);
    await expect(session.page.locator("#view .error").count()).resolves.toBe(0);
  });

  // every view that waits for the API (the ingest form has nothing to load)
  it.each(EVERY_VIEW.filter((hash) => hash !== "#/ingest"))(
    "%s says it is loading while the API is slow",
    async (hash) => {
      const { page, base } = session;
      const target = hash === "article" ? await firstArticleHash() : hash;
      await page.goto("about:blank");
      await page.route("**/api/**", async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 700));
        await route.continue();
      });
      try {
        await page.goto(`${base}/${target}`);
        await expect(page.locator("#view .loading").textContent()).resolves.toBe("Loading…");
        await page.waitForSelector('#view[data-ready="true"]', { timeout: 20_000 });
        await expect(page.locator("#view .loading").count()).resolves.toBe(0);
      } finally {
        await page.unroute("**/api/**");
      }
    },
  );
});

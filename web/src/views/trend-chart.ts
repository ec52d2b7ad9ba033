// A trend chart with real axes, drawn as SVG from numbers only: per period a bar stacked by PLOVER quad class
// (counts on the left axis) and the mean Goldstein weight as a line (−10..+10 on the right axis).
import type { ApiTrends } from "../api-types.ts";
import { element, svgElement } from "../element.ts";

const QUADS: [keyof ApiTrends["points"][number]["quad"], string, string][] = [
  ["material_cooperation", "quad-material-cooperation", "material cooperation"],
  ["verbal_cooperation", "quad-verbal-cooperation", "verbal cooperation"],
  ["verbal_conflict", "quad-verbal-conflict", "verbal conflict"],
  ["material_conflict", "quad-material-conflict", "material conflict"],
];

const WIDTH = 760;
const HEIGHT = 260;
const MARGIN = { top: 14, right: 48, bottom: 44, left: 44 };
const MAX_LABELS = 12;

/** Round steps (1, 2, 5 × 10^n) so that about five ticks cover 0..max. */
export function countTicks(max: number): number[] {
  const rough = Math.max(1, max) / 5;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((factor) => factor * magnitude).find((candidate) => candidate >= rough) ?? rough;
  const top = Math.max(step, Math.ceil(max / step) * step);
  const ticks: number[] = [];
  for (let value = 0; value <= top + step / 2; value += step) ticks.push(Math.round(value * 1000) / 1000);
  return ticks;
}

function text(x: number, y: number, content: string, attributes: Record<string, string | number> = {}): SVGElement {
  const node = svgElement("text", { x, y, class: "axis", ...attributes });
  node.textContent = content;
  return node;
}

// Over 80 lines: one SVG built top to bottom (axes, bars, line, legend), easier to follow whole than in pieces.
export function trendChart(trends: ApiTrends): HTMLElement | SVGElement {
  const points = trends.points;
  if (points.length === 0) return element("p", { className: "muted", text: "No dated events in this selection." });
  const ticks = countTicks(Math.max(...points.map((point) => point.events)));
  const top = ticks[ticks.length - 1];
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const slot = plotWidth / points.length;
  const y = (count: number) => MARGIN.top + plotHeight - (count / top) * plotHeight;
  const goldsteinY = (value: number) => MARGIN.top + plotHeight / 2 - (value / 10) * (plotHeight / 2);
  const chart = svgElement("svg", {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    class: "trend-chart",
    role: "img",
    "aria-label": `events per ${trends.by}, stacked by PLOVER quad class, with the mean Goldstein weight`,
  });

  for (const tick of ticks) {
    chart.append(
      svgElement("line", { x1: MARGIN.left, x2: WIDTH - MARGIN.right, y1: y(tick), y2: y(tick), class: "grid" }),
      text(MARGIN.left - 6, y(tick) + 4, String(tick), { "text-anchor": "end", "data-axis": "count" }),
    );
  }
  for (const value of [-10, -5, 0, 5, 10]) {
    const label = value > 0 ? `+${value}` : String(value);
    chart.append(text(WIDTH - MARGIN.right + 6, goldsteinY(value) + 4, label, { "data-axis": "goldstein" }));
  }
  chart.append(
    text(12, MARGIN.top + plotHeight / 2, "events", {
      transform: `rotate(-90 12 ${MARGIN.top + plotHeight / 2})`,
      "text-anchor": "middle",
    }),
    text(WIDTH - 8, MARGIN.top + plotHeight / 2, "Goldstein", {
      transform: `rotate(90 ${WIDTH - 8} ${MARGIN.top + plotHeight / 2})`,
      "text-anchor": "middle",
    }),
  );

  const every = Math.ceil(points.length / MAX_LABELS);
  points.forEach((point, index) => {
    const x = MARGIN.left + index * slot;
    let base = 0;
    for (const [name, className, label] of QUADS) {
      const count = point.quad[name];
      if (count === 0) continue;
      const rect = svgElement("rect", {
        x: x + Math.min(1, slot * 0.1),
        y: y(base + count),
        width: Math.max(slot - 2 * Math.min(1, slot * 0.1), 1),
        height: y(base) - y(base + count),
        class: className,
        "data-period": point.period,
      });
      const title = svgElement("title");
      title.textContent = `${point.period}: ${count} ${label} (${point.events} events in all)`;
      rect.append(title);
      chart.append(rect);
      base += count;
    }
    // labels on a stride, so that months never overlap; the last period is always labelled
    if (index % every === 0 || index === points.length - 1) {
      if (index === points.length - 1 && index % every !== 0 && index % every < every / 2) return;
      chart.append(
        text(x + slot / 2, HEIGHT - MARGIN.bottom + 16, point.period, {
          "text-anchor": "middle",
          "data-axis": "period",
        }),
      );
    }
  });

  // The mean is joined only between neighbouring periods: a period without events has no mean to draw through.
  let run: string[] = [];
  const endRun = () => {
    if (run.length > 1)
      chart.append(svgElement("polyline", { points: run.join(" "), class: "goldstein-line", fill: "none" }));
    run = [];
  };
  points.forEach((point, index) => {
    if (point.goldsteinMean === null) {
      endRun();
      return;
    }
    const cx = MARGIN.left + index * slot + slot / 2;
    const cy = goldsteinY(point.goldsteinMean);
    run.push(`${cx},${cy}`);
    const dot = svgElement("circle", { cx, cy, r: 3, class: "goldstein-point" });
    const title = svgElement("title");
    title.textContent = `${point.period}: mean Goldstein ${point.goldsteinMean}`;
    dot.append(title);
    chart.append(dot);
  });
  endRun();
  chart.append(
    svgElement("line", {
      x1: MARGIN.left,
      x2: WIDTH - MARGIN.right,
      y1: y(0),
      y2: y(0),
      class: "axis-line",
    }),
  );
  return chart;
}

export function trendLegend(): HTMLElement {
  return element(
    "p",
    { className: "legend trend-legend" },
    ...QUADS.map(([, className, label]) =>
      element("span", {}, element("span", { className: `swatch ${className}` }), ` ${label} `),
    ),
    element("span", {}, element("span", { className: "swatch goldstein" }), " mean Goldstein (right axis)"),
  );
}

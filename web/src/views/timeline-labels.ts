// vis-timeline draws each axis label at its date and each band's label at the band's start, and lets the
// panel's edge or the band's end cut them: the last year shows as "205" or a lone "0", a recent partnership
// as "strat". After every redraw, a label whose text does not fit whole is hidden instead.

function textSpan(label: Element): { left: number; right: number } {
  const range = document.createRange();
  range.selectNodeContents(label);
  const { left, right } = range.getBoundingClientRect();
  return { left, right };
}

/** Shows `label` only when its text lies wholly inside `frame` (or wholly outside it, where it is not seen). */
function showIfWhole(label: HTMLElement, frame: DOMRect, wholeOutsideIsFine: boolean): void {
  const { left, right } = textSpan(label);
  const whole = left >= frame.left - 1 && right <= frame.right + 1;
  const gone = wholeOutsideIsFine && (right <= frame.left || left >= frame.right);
  label.style.visibility = whole || gone ? "" : "hidden";
}

/** Hides the axis and band labels of `timelineBox` that would be cut; shows the others. */
export function hideCutTimelineLabels(timelineBox: HTMLElement): void {
  const panel = timelineBox.querySelector(".vis-panel.vis-center")?.getBoundingClientRect();
  if (!panel) return;
  for (const label of timelineBox.querySelectorAll<HTMLElement>(".vis-time-axis .vis-text:not(.vis-measure)"))
    showIfWhole(label, panel, true);
  for (const label of timelineBox.querySelectorAll<HTMLElement>(".vis-item.vis-background .band-label")) {
    const band = label.closest(".vis-item")?.getBoundingClientRect();
    if (band) showIfWhole(label, band, false);
  }
}

interface TimeWindow {
  getWindow(): { start: Date; end: Date };
  setWindow(start: Date, end: Date, options: { animation: boolean }): void;
}

/**
 * Moves the timeline's end later until every point's label fits inside the panel: a point's label runs to the
 * right of its date, and on a narrow screen the latest ones ran past the edge ("strategic partne"). A label
 * wider than the panel itself wraps (style.css) rather than widening the window without end.
 */
export function widenForLabels(timeline: TimeWindow, timelineBox: HTMLElement): void {
  const panel = timelineBox.querySelector(".vis-panel.vis-center")?.getBoundingClientRect();
  if (!panel || panel.width <= 0) return;
  let factor = 1;
  for (const point of timelineBox.querySelectorAll(".vis-item.vis-point")) {
    const box = point.getBoundingClientRect();
    const x = box.left - panel.left;
    if (x < 0 || box.width >= panel.width * 0.9) continue;
    // the window must grow until x shrinks to (panel width − label width)
    factor = Math.max(factor, x / (panel.width - box.width - 4));
  }
  if (factor <= 1) return;
  const { start, end } = timeline.getWindow();
  const span = end.getTime() - start.getTime();
  timeline.setWindow(start, new Date(start.getTime() + span * factor), { animation: false });
}

/**
 * Small SVG charts for the reports: one picture with a label saying what it
 * shows, always beside a table with the same figures (the table is what a
 * screen reader reads). Colours come from the page's CSS, so print and dark
 * themes follow.
 */
const SVG = 'http://www.w3.org/2000/svg';
const HEIGHT = 160;
const AXIS = 24;
const STEP = 32;

export interface ChartPoint {
  /** Under the bar or point (a day, a group's name). */
  label: string;
  value: number | null;
}

function svgElement<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>): SVGElementTagNameMap[K] {
  const made = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) made.setAttribute(name, String(value));
  return made;
}

/** The frame, and the width of each point's slot: a few points spread across it, so their labels never meet. */
function chartFrame(label: string, count: number): { svg: SVGSVGElement; width: number; slot: number } {
  const width = AXIS + Math.max(8, count) * STEP;
  const svg = svgElement('svg', { viewBox: `0 0 ${width} ${HEIGHT + 20}`, preserveAspectRatio: 'xMinYMid meet', role: 'img', 'aria-label': label, class: 'chart' });
  svg.append(svgElement('line', { x1: AXIS, y1: HEIGHT, x2: width, y2: HEIGHT, class: 'chart-axis' }));
  return { svg, width, slot: (width - AXIS) / Math.max(1, count) };
}

const y = (value: number, max: number) => HEIGHT - (value / max) * (HEIGHT - 16);

/** Labels under every `every`th bar or point (so they never overlap); the table always has them all. */
function caption(svg: SVGSVGElement, x: number, text: string, index: number, every: number, anchor = 'middle'): void {
  if (index % every !== 0) return;
  const label = svgElement('text', { x, y: HEIGHT + 14, 'text-anchor': anchor, class: 'chart-label' });
  label.textContent = text;
  svg.append(label);
}

/** Bars from zero to `max`, each with its figure above. */
export function barChart(label: string, points: readonly ChartPoint[], max: number, format: (value: number) => string = String): SVGSVGElement {
  const { svg, slot } = chartFrame(label, points.length);
  points.forEach((point, i) => {
    const x = AXIS + i * slot + (slot - (STEP - 12)) / 2;
    caption(svg, x + (STEP - 12) / 2, point.label, i, Math.ceil(points.length / 5));
    if (point.value === null) return;
    const top = y(point.value, max || 1);
    svg.append(svgElement('rect', { x, y: top, width: STEP - 12, height: HEIGHT - top, class: 'chart-bar' }));
    const figure = svgElement('text', { x: x + (STEP - 12) / 2, y: top - 4, 'text-anchor': 'middle', class: 'chart-figure' });
    figure.textContent = format(point.value);
    svg.append(figure);
  });
  return svg;
}

/** A line through the points on a scale from `min` to `max` (a gap where a point is missing). */
export function lineChart(label: string, points: readonly ChartPoint[], min: number, max: number): SVGSVGElement {
  const { svg, slot } = chartFrame(label, points.length);
  const at = (value: number) => y(value - min, max - min);
  let path = '';
  let penDown = false;
  points.forEach((point, i) => {
    const x = AXIS + i * slot + slot / 2;
    // Only the ends of a line are labelled, held inside the picture.
    caption(svg, x, point.label, i, Math.max(1, points.length - 1), i === 0 ? 'start' : 'end');
    penDown = penDown && point.value !== null;
    if (point.value === null) return;
    path += `${penDown ? 'L' : 'M'}${x},${at(point.value)} `;
    penDown = true;
    svg.append(svgElement('circle', { cx: x, cy: at(point.value), r: 4, class: 'chart-point' }));
  });
  svg.prepend(svgElement('path', { d: path.trim(), class: 'chart-line' }));
  for (const value of [min, max]) {
    const tick = svgElement('text', { x: AXIS - 6, y: at(value) + 4, 'text-anchor': 'end', class: 'chart-label' });
    tick.textContent = String(value);
    svg.append(tick);
  }
  return svg;
}

const ROW = 28;
const NAME = 160;

/** One bar a row, named in full at its start (groups side by side), from zero to `max`. */
export function rowChart(label: string, points: readonly ChartPoint[], max: number, format: (value: number) => string = String): SVGSVGElement {
  const width = NAME + 190;
  const svg = svgElement('svg', { viewBox: `0 0 ${width} ${points.length * ROW + 8}`, preserveAspectRatio: 'xMinYMin meet', role: 'img', 'aria-label': label, class: 'chart chart-rows' });
  points.forEach((point, i) => {
    const top = 4 + i * ROW;
    // From the start edge, cut short with an ellipsis: a long name anchored at its end ran off the picture's left edge.
    const name = svgElement('text', { x: 0, y: top + 18, 'text-anchor': 'start', class: 'chart-label' });
    name.textContent = point.label.length > 19 ? `${point.label.slice(0, 18).trimEnd()}…` : point.label;
    svg.append(name);
    if (point.value === null) return;
    const length = (point.value / (max || 1)) * (width - NAME - 56);
    svg.append(svgElement('rect', { x: NAME, y: top + 4, width: length, height: ROW - 8, class: 'chart-bar' }));
    const figure = svgElement('text', { x: NAME + length + 6, y: top + 18, class: 'chart-figure' });
    figure.textContent = format(point.value);
    svg.append(figure);
  });
  return svg;
}

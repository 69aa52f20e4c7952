/**
 * The lazily loaded chart chunk, for the downloadable picture only (the card
 * draws its chart in HTML): Chart.js with only the parts our charts use
 * registered (never Chart.js's everything-included auto entry) and the direct
 * labels.
 * `Chart.defaults` is left untouched, since a host page may run its own charts
 * on the same Chart.js.
 */
import { BarController, BarElement, Chart, LinearScale } from 'chart.js';
import { barLabels, barThickness, MIN_FONT, type BarRowLabel } from './bar-labels.js';
import { hatch } from './chart-colors.js';

// No Legend and no Tooltip plugin: the picture carries its labels on the bars.
// No category scale either: the rows sit at 0, 1, 2… on a linear one, which is all a bar needs.
Chart.register(BarController, BarElement, LinearScale);

/** Above and under the chart, so the picture keeps its title and sources when shared. */
export interface PictureFrame {
  title: string;
  credits: string[];
}

/**
 * An HTML bar chart (rows `.row` labelled by `.row-label` with its `.value`,
 * segments `.bar` as wide as their `width` attribute's share of the longest
 * row, a `.note` under a derived segment) drawn again by Chart.js on a canvas
 * off the page, at the same size, with the same labels, in the colours the
 * browser resolved for it, then framed with a title and credits: a PNG.
 */
export async function htmlChartPng(list: HTMLElement, frame: PictureFrame): Promise<Blob> {
  const style = getComputedStyle(list);
  const card = getComputedStyle(list.closest('.card') ?? list);
  const look = {
    ...frame,
    ratio: Math.max(2, Math.ceil(devicePixelRatio || 1)),
    background: card.backgroundColor,
    color: style.color,
    fontFamily: style.fontFamily,
  };
  const width = Math.max(280, list.clientWidth);
  const height = Math.max(180, list.clientHeight);
  const fontSize = Math.max(MIN_FONT, parseFloat(style.fontSize) || 14);
  const rows = [...list.querySelectorAll<HTMLElement>('.row')];
  const series = rows.flatMap((row, index) =>
    [...row.querySelectorAll<SVGSVGElement>('.bar')].map((bar) => {
      const derived = bar.classList.contains('derived');
      const fill = getComputedStyle(bar)[derived ? 'borderTopColor' : 'backgroundColor'];
      return { index, derived, fill, share: parseFloat(bar.getAttribute('width') ?? '0') / 100 || 0 };
    }),
  );
  const labels: BarRowLabel[] = rows.map((row, index) => {
    const value = row.querySelector('.row-label .value')?.textContent?.trim() ?? '';
    const note = row.querySelector('.note');
    return {
      index,
      value,
      text: (row.querySelector('.row-label')?.textContent ?? '').trim().slice(value.length).trim(),
      note: note
        ? {
            datasetIndex: series.findIndex((s) => s.index === index && s.derived),
            text: note.textContent?.trim() ?? '',
          }
        : undefined,
    };
  });
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const muted = list.querySelector('.note');
  const plugin = barLabels(() => ({
    rows: labels,
    fontFamily: look.fontFamily,
    fontSize,
    color: look.color,
    muted: muted ? getComputedStyle(muted).color : look.color,
    rule: look.color,
  }));
  const chart = new Chart(canvas, {
    type: 'bar',
    data: {
      datasets: series.map((s) => {
        const data = rows.map((_, y) => (y === s.index ? { x: s.share, y } : { x: null, y }));
        return {
          data,
          // Derived figures are hatched and pale: told apart by pattern and weight, not by colour alone.
          backgroundColor: s.derived ? hatch(look.background, s.fill, look.ratio) : s.fill,
          borderColor: s.derived ? s.fill : look.background,
          borderWidth: 1,
          barThickness: barThickness(height / rows.length, fontSize),
          stack: 'a',
        };
      }),
    },
    options: {
      indexAxis: 'y',
      responsive: false,
      animation: false,
      events: [],
      devicePixelRatio: look.ratio,
      layout: { padding: { left: 0, right: 1, top: 0, bottom: 0 } },
      // No axis to read: every bar carries its value. The scale ends at the longest row.
      scales: {
        x: { stacked: true, display: false, min: 0, max: 1, grace: 0 },
        y: { type: 'linear', stacked: true, display: false, reverse: true, min: -0.5, max: rows.length - 0.5 },
      },
    },
    plugins: [plugin],
  });
  try {
    return await framed(canvas, look);
  } finally {
    chart.destroy();
  }
}

async function framed(
  chart: HTMLCanvasElement,
  look: PictureFrame & { ratio: number; background: string; color: string; fontFamily: string },
): Promise<Blob> {
  const ratio = look.ratio;
  const pad = Math.round(16 * ratio);
  const width = chart.width + 2 * pad;
  const titleFont = `700 ${Math.round(18 * ratio)}px ${look.fontFamily}`;
  const creditFont = `400 ${Math.round(12 * ratio)}px ${look.fontFamily}`;
  const measure = document.createElement('canvas').getContext('2d');
  const wrap = (line: string, font: string): string[] => {
    if (!measure) return [line];
    measure.font = font;
    const out: string[] = [];
    let current = '';
    for (const word of line.split(/\s+/)) {
      const next = current ? `${current} ${word}` : word;
      if (current && measure.measureText(next).width > chart.width) {
        out.push(current);
        current = word;
      } else current = next;
    }
    if (current) out.push(current);
    return out;
  };
  const titleLines = wrap(look.title, titleFont);
  const creditLines = look.credits.flatMap((line) => wrap(line, creditFont));
  const titleHeight = Math.round(24 * ratio);
  const creditHeight = Math.round(16 * ratio);
  const height =
    pad + titleLines.length * titleHeight + pad / 2 + chart.height + pad / 2 + creditLines.length * creditHeight + pad;

  const out = document.createElement('canvas');
  out.width = width;
  out.height = height;
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('canvas 2D unavailable');
  ctx.fillStyle = look.background;
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = look.color;
  ctx.textBaseline = 'top';
  let y = pad;
  ctx.font = titleFont;
  for (const line of titleLines) {
    ctx.fillText(line, pad, y);
    y += titleHeight;
  }
  y += pad / 2;
  ctx.drawImage(chart, pad, y);
  y += chart.height + pad / 2;
  ctx.font = creditFont;
  for (const line of creditLines) {
    ctx.fillText(line, pad, y);
    y += creditHeight;
  }
  return new Promise((resolve, reject) =>
    out.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}

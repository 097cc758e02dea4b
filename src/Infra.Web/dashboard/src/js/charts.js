// Charts (chart.js UMD build, global Chart): the connected share over time (plan against Ist, or with the status the
// three lines Ausgangsplan, Ist, Fortschreibung) with deadline and Stichtag markers; CAPEX per year against budget.
import { date, euro, percent } from './format.js';

const charts = new Map();

function toTime(isoDate) {
  return Date.parse(String(isoDate).length === 10 ? `${isoDate}T00:00:00Z` : isoDate);
}

/** Chart type follows the page's root font size, which grows with the screen in wall mode. */
function fontSize() {
  const root = parseFloat(getComputedStyle(document.documentElement).fontSize) || 15;
  return Math.round(root * 0.85);
}

// A white background, so that a downloaded PNG is readable in any viewer.
const whiteBackground = {
  id: 'whiteBackground',
  beforeDraw: (chart) => {
    const { ctx } = chart;
    ctx.save();
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, chart.width, chart.height);
    ctx.restore();
  },
};

function draw(canvasId, config) {
  charts.get(canvasId)?.destroy();
  const Chart = window.Chart;
  Chart.defaults.font.size = fontSize();
  Chart.defaults.locale = 'de-DE';
  Chart.defaults.color = '#1b262c';
  const chart = new Chart(document.getElementById(canvasId), { ...config, plugins: [whiteBackground] });
  charts.set(canvasId, chart);
  return chart;
}

/** The chart on a canvas as a promise of a PNG (for the download buttons). */
export function chartPng(canvasId) {
  const canvas = charts.get(canvasId)?.canvas ?? document.getElementById(canvasId);
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
}

const marker = (label, time, color, dash) => ({ label, data: [{ x: time, y: 0 }, { x: time, y: 1 }], borderColor: color,
  backgroundColor: color, borderDash: dash, pointRadius: 0, borderWidth: 1.5, marker: true });

/**
 * lines: [{ label, points: [{ x: time, y: share }], color, width, dash }]; deadline and stichtag ISO dates.
 */
function drawShareCurve(lines, deadline, stichtag) {
  const deadlineTime = toTime(deadline);
  const datasets = lines.map((l) => ({ label: l.label, data: l.points, borderColor: l.color, backgroundColor: l.color,
    borderDash: l.dash, pointRadius: l.pointRadius ?? 2, borderWidth: l.width ?? 2, spanGaps: false }));
  datasets.push(marker(`Frist ${date(deadline)}`, deadlineTime, '#424242', [6, 4]));
  if (stichtag) datasets.push(marker(`Stichtag ${date(stichtag)}`, toTime(stichtag), '#6a1b9a', [2, 3]));
  const allX = lines.flatMap((l) => l.points.map((p) => p.x)).concat(deadlineTime);
  draw('curve-chart', {
    type: 'line',
    data: { datasets },
    options: {
      animation: false, maintainAspectRatio: false, parsing: false,
      scales: {
        x: { type: 'linear', min: Math.min(...allX), max: Math.max(...allX),
          title: { display: true, text: 'Jahr' },
          // Ticks on 1 January, labelled with the year (every n-th year, at most 6 labels); the deadline has its own line.
          afterBuildTicks: (axis) => {
            const first = new Date(axis.min).getUTCFullYear() + 1;
            const last = new Date(axis.max).getUTCFullYear();
            const step = Math.max(1, Math.ceil((last - first + 1) / 6));
            axis.ticks = [];
            for (let year = last; year >= first; year -= step) axis.ticks.unshift({ value: Date.UTC(year, 0, 1) });
          },
          ticks: { callback: (v) => String(new Date(v).getUTCFullYear()), autoSkip: true, maxRotation: 0 } },
        y: { min: 0, max: 1, ticks: { callback: (v) => percent(v) }, title: { display: true, text: 'Anteil angebunden' } },
      },
      plugins: {
        legend: { labels: { usePointStyle: true, pointStyle: 'line' } },
        tooltip: { filter: (item) => !item.dataset.marker, callbacks: {
          title: (items) => items.map((i) => date(new Date(i.parsed.x).toISOString().slice(0, 10))).join(', '),
          label: (i) => `${i.dataset.label}: ${percent(i.parsed.y)}`,
        } },
      },
    },
  });
}

/**
 * GET /api/plans/{v}/curve: { deadline, planned: [{ quarter, last_day, connected_share, … }], actual: [{ date, connected_share }] };
 * today's figure from GET /api/kpis/current ({ as_of, connected_share }) ends the actual line if the curve does not reach today.
 */
export function renderCurve(curve, today) {
  const planned = (curve.planned ?? []).map((p) => ({ x: toTime(p.last_day), y: p.connected_share }));
  const actual = (curve.actual ?? []).map((p) => ({ x: toTime(p.date), y: p.connected_share })).sort((a, b) => a.x - b.x);
  if (today?.as_of && Number.isFinite(today.connected_share) && !(actual.at(-1)?.x >= toTime(today.as_of))) {
    actual.push({ x: toTime(today.as_of), y: today.connected_share });
  }
  drawShareCurve([
    { label: 'Plan', points: planned, color: '#0072b2' },
    { label: 'Ist', points: actual, color: '#c62828', width: 3, pointRadius: 1.5 },
  ], curve.deadline ?? '2028-06-30', today?.as_of);
}

/** GET /api/status: curve [{ date, is_stichtag, baseline, actual, replan }] as three lines, with the Stichtag marked. */
export function renderStatusCurve(status) {
  const line = (key) => (status.curve ?? []).filter((p) => Number.isFinite(p[key])).map((p) => ({ x: toTime(p.date), y: p[key] }));
  drawShareCurve([
    { label: 'Ausgangsplan', points: line('baseline'), color: '#0072b2' },
    { label: 'Ist', points: line('actual'), color: '#c62828', width: 3, pointRadius: 1.5 },
    { label: 'Fortschreibung', points: line('replan'), color: '#e69f00', dash: [8, 4], width: 2.5 },
  ], status.deadline, status.stichtag);
}

/** GET /api/plans/{v}/years: [{ year, capex_budgeted_eur, budget_eur, opex_eur, … }] (CAPEX against the budget: without bridging) */
export function renderYears(years) {
  draw('years-chart', {
    type: 'bar',
    data: {
      labels: years.map((y) => String(y.year)),
      datasets: [
        { type: 'bar', label: 'CAPEX', pointStyle: 'rect', data: years.map((y) => y.capex_budgeted_eur),
          backgroundColor: years.map((y) => (y.capex_budgeted_eur > y.budget_eur ? '#c62828' : '#0072b2')) },
        { type: 'line', label: 'Budget', data: years.map((y) => y.budget_eur), borderColor: '#1b262c',
          backgroundColor: '#1b262c', stepped: 'middle', borderWidth: 2, borderDash: [6, 3], pointRadius: 3, pointStyle: 'line' },
      ],
    },
    options: {
      animation: false, maintainAspectRatio: false,
      // Room above the highest bar or budget, so that the budget line is never cut at the top edge.
      scales: { y: { beginAtZero: true, grace: '8%', ticks: { callback: (v) => euro(v) }, title: { display: true, text: 'Euro je Jahr' } } },
      plugins: {
        legend: { labels: { usePointStyle: true } },
        tooltip: { callbacks: { label: (i) => `${i.dataset.label}: ${euro(i.parsed.y)}` } },
      },
    },
  });
}

/** Charts keep their canvas size when the layout changes (wall mode); this redraws with the new font size. */
export function resizeCharts() {
  for (const chart of charts.values()) {
    window.Chart.defaults.font.size = fontSize();
    chart.options.font = { size: fontSize() };
    chart.resize();
    chart.update('none');
  }
}

/** The font size the charts use now (tests read it to check that type scales with the wall screen). */
export function chartFontSize() {
  return fontSize();
}

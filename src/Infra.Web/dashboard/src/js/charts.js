// Charts (chart.js UMD build, global Chart): planned curve against actual progress, CAPEX per year against budget.
import { date, euro, percent } from './format.js';

const charts = new Map();

function toTime(isoDate) {
  return Date.parse(String(isoDate).length === 10 ? `${isoDate}T00:00:00Z` : isoDate);
}

function fontSize() {
  return document.body.classList.contains('wand') ? 15 : 12;
}

function draw(canvasId, config) {
  charts.get(canvasId)?.destroy();
  const Chart = window.Chart;
  Chart.defaults.font.size = fontSize();
  Chart.defaults.locale = 'de-DE';
  const chart = new Chart(document.getElementById(canvasId), config);
  charts.set(canvasId, chart);
  return chart;
}

/**
 * GET /api/plans/{v}/curve: { deadline, planned: [{ quarter, last_day, connected_share, … }], actual: [{ date, connected_share }] };
 * today's figure from GET /api/kpis/current ({ as_of, connected_share }) ends the actual line if the curve does not reach today.
 */
export function renderCurve(curve, today) {
  const deadline = curve.deadline ?? '2028-06-30';
  const planned = (curve.planned ?? []).map((p) => ({ x: toTime(p.last_day), y: p.connected_share, quarter: p.quarter }));
  const actual = (curve.actual ?? []).map((p) => ({ x: toTime(p.date), y: p.connected_share })).sort((a, b) => a.x - b.x);
  if (today?.as_of && Number.isFinite(today.connected_share) && !(actual.at(-1)?.x >= toTime(today.as_of))) {
    actual.push({ x: toTime(today.as_of), y: today.connected_share });
  }
  const deadlineTime = toTime(deadline);
  const allX = [...planned, ...actual].map((p) => p.x).concat(deadlineTime);
  draw('curve-chart', {
    type: 'line',
    data: {
      datasets: [
        { label: 'Plan', data: planned, borderColor: '#1565c0', backgroundColor: '#1565c0', stepped: false, pointRadius: 2, borderWidth: 2 },
        { label: 'Ist', data: actual, borderColor: '#c62828', backgroundColor: '#c62828', pointRadius: 4, borderWidth: 3 },
        { label: `Frist ${date(deadline)}`, data: [{ x: deadlineTime, y: 0 }, { x: deadlineTime, y: 1 }],
          borderColor: '#424242', borderDash: [6, 4], pointRadius: 0, borderWidth: 1.5 },
      ],
    },
    options: {
      animation: false, maintainAspectRatio: false, parsing: false,
      scales: {
        x: { type: 'linear', min: Math.min(...allX), max: Math.max(...allX),
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
        tooltip: { callbacks: {
          title: (items) => items.map((i) => date(new Date(i.parsed.x).toISOString().slice(0, 10))).join(', '),
          label: (i) => `${i.dataset.label}: ${percent(i.parsed.y)}`,
        } },
      },
    },
  });
}

/** GET /api/plans/{v}/years: [{ year, capex_budgeted_eur, budget_eur, opex_eur, … }] (CAPEX against the budget: without bridging) */
export function renderYears(years) {
  draw('years-chart', {
    type: 'bar',
    data: {
      labels: years.map((y) => String(y.year)),
      datasets: [
        { type: 'bar', label: 'CAPEX', data: years.map((y) => y.capex_budgeted_eur),
          backgroundColor: years.map((y) => (y.capex_budgeted_eur > y.budget_eur ? '#c62828' : '#1565c0')) },
        { type: 'line', label: 'Budget', data: years.map((y) => y.budget_eur), borderColor: '#2e7d32',
          backgroundColor: '#2e7d32', stepped: 'middle', borderWidth: 2, pointRadius: 3 },
      ],
    },
    options: {
      animation: false, maintainAspectRatio: false,
      scales: { y: { beginAtZero: true, ticks: { callback: (v) => euro(v) } } },
      plugins: { tooltip: { callbacks: { label: (i) => `${i.dataset.label}: ${euro(i.parsed.y)}` } } },
    },
  });
}

/** Charts keep their canvas size when the layout changes (wall mode); this redraws with the new font size. */
export function resizeCharts() {
  for (const chart of charts.values()) {
    chart.options.font = { size: fontSize() };
    chart.resize();
  }
}

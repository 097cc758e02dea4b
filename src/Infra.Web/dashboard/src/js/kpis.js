// Headline and the breakdowns by Art, Stadtbezirk and Technologie from GET /api/kpis/current.
import { el, fillRows, numCell } from './dom.js';
import { asKeyedList } from './api.js';
import { date, integer, percent, technologyLabel } from './format.js';

export function renderHeadline(kpis, plan) {
  const share = document.querySelector('[data-testid="headline-share"]');
  share.textContent = percent(kpis.connectedShare);
  share.dataset.value = String(kpis.connectedShare);
  setFigure('headline-planned', percent(kpis.plannedShare), kpis.plannedShare);
  setFigure('headline-count', `${integer(kpis.connected)} von ${integer(kpis.sites)}`, kpis.connected);
  setFigure('headline-wlan', percent(kpis.wlanShare), kpis.wlanShare);
  setFigure('headline-risks', integer(kpis.sitesAtRisk), kpis.sitesAtRisk);
  if (plan?.deadline) setFigure('headline-deadline', date(plan.deadline), plan.deadline);

  const scenario = kpis.scenario ?? plan?.scenario;
  const version = kpis.planVersion ?? plan?.version;
  document.querySelector('[data-testid="plan-info"]').textContent =
    `Stichtag ${date(kpis.asOf)} · Plan ${version ?? '–'}${scenario ? ` (Szenario „${scenario}“)` : ''}`;
}

function setFigure(testId, text, value) {
  const node = document.querySelector(`[data-testid="${testId}"]`);
  node.textContent = text;
  node.dataset.value = String(value ?? '');
}

export function renderBreakdowns(kpis) {
  fillGroup('kind-table', 'kind-row', asKeyedList(kpis.byKind), (g) => g.label ?? g.key);
  fillGroup('district-table', 'district-row', asKeyedList(kpis.byDistrict), (g) => g.label ?? g.key);
  fillGroup('technology-table', 'technology-row', asKeyedList(kpis.byTechnology), (g) => g.label ?? technologyLabel(g.key));
}

function fillGroup(tableTestId, rowTestId, groups, labelOf) {
  const table = document.querySelector(`[data-testid="${tableTestId}"]`);
  const rows = groups.map((g) => el('tr', { 'data-testid': rowTestId, 'data-key': g.key },
    el('th', { scope: 'row' }, labelOf(g)),
    numCell(`${integer(g.connected)} / ${integer(g.total)}`, g.connected, 'connected'),
    el('td', { class: 'num share-cell', 'data-testid': 'share', dataset: { value: String(g.share) } },
      bar(g.share, g.plannedShare), el('span', {}, percent(g.share))),
    numCell(percent(g.plannedShare), g.plannedShare, 'planned-share')));
  fillRows(table, rows);
}

/** A small bar: actual share filled, planned share as a tick, hidden from screen readers (the number is beside it). */
function bar(share, plannedShare) {
  const clamp = (x) => Math.max(0, Math.min(1, Number.isFinite(x) ? x : 0)) * 100;
  return el('span', { class: 'bar', 'aria-hidden': 'true' },
    el('span', { class: 'bar-fill', style: `width:${clamp(share)}%` }),
    el('span', { class: 'bar-plan', style: `left:${clamp(plannedShare)}%` }));
}

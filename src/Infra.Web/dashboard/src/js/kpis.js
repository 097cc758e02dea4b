// Headline and the breakdowns by Art, Stadtbezirk and Technologie: from GET /api/status when a status exists (the
// headline then comes from the same answer, so the tables add up to it), else from GET /api/kpis/current.
import { el, fillRows, numCell } from './dom.js';
import { date, integer, percent } from './format.js';

export function renderHeadline(kpis, plan) {
  const share = document.querySelector('[data-testid="headline-share"]');
  share.textContent = percent(kpis.connected_share);
  share.dataset.value = String(kpis.connected_share);
  setFigure('headline-planned', percent(kpis.planned_share), kpis.planned_share);
  setFigure('headline-count', `${integer(kpis.connected)} von ${integer(kpis.sites)}`, kpis.connected);
  setFigure('headline-wlan', percent(kpis.wlan_share), kpis.wlan_share);
  setFigure('headline-risks', integer(kpis.sites_at_risk), kpis.sites_at_risk);
  const deadline = plan?.summary?.deadline;
  if (deadline) setFigure('headline-deadline', date(deadline), deadline);

  renderPlanInfo(kpis, plan);
}

/** "Stichtag 23.11.2026 · Plan 3 (Szenario „standard“)"; without KPIs only the plan. */
export function renderPlanInfo(kpis, plan) {
  const scenario = kpis?.scenario ?? plan?.scenario;
  const version = kpis?.plan_version ?? plan?.version;
  const parts = [kpis ? `Stichtag ${date(kpis.as_of)}` : null,
    version !== undefined && version !== null ? `Plan ${version}${scenario ? ` (Szenario „${scenario}“)` : ''}` : 'Kein gespeicherter Plan'];
  document.querySelector('[data-testid="plan-info"]').textContent = parts.filter(Boolean).join(' · ');
}

function setFigure(testId, text, value) {
  const node = document.querySelector(`[data-testid="${testId}"]`);
  node.textContent = text;
  node.dataset.value = String(value ?? '');
}

const groups = [
  { key: 'by_kind', heading: 'nach Art', column: 'Art', table: 'kind-table', row: 'kind-row', label: (g) => g.label },
  { key: 'by_technology', heading: 'nach Technologie', column: 'Technologie', table: 'technology-table', row: 'technology-row',
    label: (g) => g.label },
  { key: 'by_district', heading: 'nach Stadtbezirk', column: 'Stadtbezirk', table: 'district-table', row: 'district-row',
    label: (g) => g.label, wide: true },
];

/** The breakdowns of GET /api/status in the shape of GET /api/kpis/current (sites → total). */
export function breakdownsOfStatus(status) {
  const rows = (groups) => (groups ?? []).map((g) => ({ key: g.key, label: g.label, connected: g.connected, total: g.sites, share: g.share,
    planned_share: g.planned_share }));
  return { by_kind: rows(status.by_kind), by_technology: rows(status.by_technology), by_district: rows(status.by_district) };
}

/** kpis: GET /api/kpis/current or breakdownsOfStatus(status); onDistrict(name): a district's name is a button that shows it on the map. */
export function renderBreakdowns(kpis, onDistrict) {
  const container = document.querySelector('.breakdown-tables');
  for (const group of groups) {
    let table = container.querySelector(`[data-testid="${group.table}"]`);
    if (!table) {
      const headingId = `h-${group.table}`;
      table = el('table', { 'aria-labelledby': headingId, 'data-testid': group.table, 'data-export': `anteil-${group.table.replace('-table', '')}` },
        el('thead', {}, el('tr', {}, [group.column, 'Angebunden', 'Ist', 'Plan'].map((c) => el('th', { scope: 'col' }, c)))),
        el('tbody'));
      container.append(el('div', { class: group.wide ? 'wide' : '' }, el('h3', { id: headingId }, group.heading), table));
    }
    fillRows(table, (kpis[group.key] ?? []).map((g) => el('tr', { 'data-testid': group.row, 'data-key': g.key },
      el('th', { scope: 'row', 'data-csv': group.label(g) }, group.key === 'by_district' && onDistrict
        ? el('button', { type: 'button', class: 'link', 'data-testid': 'district-zoom', 'aria-label': `${group.label(g)} auf der Karte zeigen`,
          onclick: () => onDistrict(g.key) }, group.label(g))
        : group.label(g)),
      numCell(`${integer(g.connected)} / ${integer(g.total)}`, g.connected, 'connected'),
      el('td', { class: 'num share-cell', 'data-testid': 'share', dataset: { value: String(g.share) } },
        group.wide ? bar(g.share, g.planned_share) : null, el('span', {}, percent(g.share))),
      numCell(percent(g.planned_share), g.planned_share, 'planned-share'))));
  }
}

/** A small bar: actual share filled, planned share as a tick, hidden from screen readers (the number is beside it). */
function bar(share, plannedShare) {
  const clamp = (x) => Math.max(0, Math.min(1, Number.isFinite(x) ? x : 0)) * 100;
  return el('span', { class: 'bar', 'aria-hidden': 'true' },
    el('span', { class: 'bar-fill', style: { width: `${clamp(share)}%` } }),
    el('span', { class: 'bar-plan', style: { left: `${clamp(plannedShare)}%` } }));
}

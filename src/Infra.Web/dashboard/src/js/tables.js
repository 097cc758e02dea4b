// Tables: sites at risk, CAPEX per year, scenario comparison, background jobs.
import { el, fillRows, numCell } from './dom.js';
import { date, dateTime, euro, explanation, jobKindLabel, jobStateLabel, label, percent, technologyLabel } from './format.js';

const table = (testId) => document.querySelector(`[data-testid="${testId}"]`);

/** GET /api/risks; a click on a name opens the site panel. */
export function renderRisks(risks, onSiteSelected) {
  fillRows(table('risk-table'), risks.map((r) => el('tr', { 'data-testid': 'risk-row', 'data-key': r.siteId },
    el('th', { scope: 'row' }, el('button', { type: 'button', class: 'link', onclick: () => onSiteSelected(r.siteId) }, r.name ?? r.siteId)),
    el('td', {}, r.district ?? '–'),
    el('td', {}, technologyLabel(r.technology)),
    el('td', {}, date(r.plannedLive)),
    el('td', {}, date(r.projectedLive)),
    el('td', { class: 'reason' }, r.reason ?? ''))), 'Keine Liegenschaft mit Terminrisiko');
}

/** GET /api/plans/{v}/years: CAPEX against the budget (without bridging), budget, OPEX. */
export function renderYearsTable(years) {
  fillRows(table('years-table'), years.map((y) => el('tr', {
    'data-testid': 'year-row', 'data-key': y.year, class: y.capex_budgeted_eur > y.budget_eur ? 'over' : '' },
  el('th', { scope: 'row' }, String(y.year)),
  numCell(euro(y.capex_budgeted_eur), y.capex_budgeted_eur, 'capex'),
  numCell(euro(y.budget_eur), y.budget_eur, 'budget'),
  numCell(euro(y.opex_eur), y.opex_eur, 'opex'))));
}

/** GET /api/jobs: JobRun[] newest first. */
export function renderJobs(jobs) {
  fillRows(table('job-table'), jobs.slice(0, 20).map((j) => {
    const state = String(j.state ?? '').toLowerCase();
    return el('tr', { 'data-testid': 'job-row', 'data-key': j.runId, class: `job-${state}` },
      el('th', { scope: 'row' }, jobKindLabel(j.kind)),
      el('td', {}, el('span', { class: `state state-${state}` }, jobStateLabel(j.state))),
      numCell(percent(j.progress), j.progress, 'progress'),
      el('td', {}, dateTime(j.queuedAt)),
      el('td', {}, dateTime(j.finishedAt)),
      el('td', { class: 'num' }, j.planVersion ?? '–'),
      el('td', { class: 'reason' }, j.message ?? ''));
  }), 'Keine Aufträge');
}

/** Fills the two version selects from GET /api/plans (newest first); keeps a choice the user made. */
export function fillPlanSelects(plans) {
  const [a, b] = [document.getElementById('compare-a'), document.getElementById('compare-b')];
  const options = (selected) => plans.map((p) => el('option', { value: p.version, selected: String(p.version) === String(selected) },
    `Plan ${p.version} – ${p.scenario ?? ''} (${date(p.created_at)})`));
  const keepA = a.value || plans[1]?.version || plans[0]?.version;
  const keepB = b.value || plans[0]?.version;
  a.replaceChildren(...options(keepA));
  b.replaceChildren(...options(keepB));
  return [a.value, b.value].filter(Boolean);
}

/**
 * GET /api/compare?versions=…: per plan { version, scenario, npv_eur, capex_by_year: [{ year, capex_eur }],
 * share_by_technology: [{ technology, share }], connected_share_at_deadline, bridged_sites, gap }.
 */
export function renderComparison(plans) {
  const t = table('compare-table');
  t.tHead.replaceChildren(el('tr', {}, el('th', { scope: 'col' }, 'Kennzahl'),
    plans.map((p) => el('th', { scope: 'col', 'data-testid': 'compare-plan', 'data-key': p.version }, `Plan ${p.version}`, el('br'), el('small', {}, p.scenario ?? '')))));
  const row = (key, term, cell, title) => el('tr', { 'data-testid': 'compare-row', 'data-key': key },
    el('th', title ? { scope: 'row', title } : { scope: 'row' }, term), plans.map(cell));
  // Only years in which one of the plans spends something.
  const years = [...new Set(plans.flatMap((p) => (p.capex_by_year ?? []).filter((y) => y.capex_eur > 0).map((y) => y.year)))].sort((a, b) => a - b);
  const techs = [...new Set(plans.flatMap((p) => (p.share_by_technology ?? []).map((s) => s.technology)))];
  const capexOf = (p, year) => (p.capex_by_year ?? []).find((y) => y.year === year);
  const shareOf = (p, tech) => (p.share_by_technology ?? []).find((s) => s.technology === tech);
  const rows = [
    row('npv', label('term', 'npv'), (p) => numCell(euro(p.npv_eur), p.npv_eur), explanation('term', 'npv')),
    row('connected', 'Angebunden zur Frist', (p) => numCell(percent(p.connected_share_at_deadline), p.connected_share_at_deadline)),
    row('bridged', 'Übergangslösungen', (p) => numCell(String(p.bridged_sites ?? '–'), p.bridged_sites)),
    row('gap', label('term', 'gap'), (p) => numCell(percent(p.gap), p.gap), explanation('term', 'gap')),
    ...techs.map((tech) => row(`share-${tech}`, `Anteil ${technologyLabel(tech)}`, (p) => numCell(percent(shareOf(p, tech)?.share), shareOf(p, tech)?.share))),
    ...years.map((year) => row(`capex-${year}`, `CAPEX ${year}`, (p) => numCell(euro(capexOf(p, year)?.capex_eur), capexOf(p, year)?.capex_eur))),
  ];
  fillRows(t, rows, 'Keine Pläne zum Vergleich');
}

// Tables: sites at risk, CAPEX per year, scenario comparison, background jobs.
import { el, fillRows, numCell } from './dom.js';
import { asKeyedList } from './api.js';
import { date, dateTime, euro, jobKindLabel, jobStateLabel, percent, technologyLabel } from './format.js';

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

/** GET /api/plans/{v}/years */
export function renderYearsTable(years) {
  fillRows(table('years-table'), years.map((y) => el('tr', { 'data-testid': 'year-row', 'data-key': y.year, class: y.capexEuro > y.budgetEuro ? 'over' : '' },
    el('th', { scope: 'row' }, String(y.year)),
    numCell(euro(y.capexEuro), y.capexEuro, 'capex'),
    numCell(euro(y.budgetEuro), y.budgetEuro, 'budget'),
    numCell(euro(y.opexEuro), y.opexEuro, 'opex'))));
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
    `Plan ${p.version} – ${p.scenario ?? ''} (${date(p.createdAt)})`));
  const keepA = a.value || plans[1]?.version || plans[0]?.version;
  const keepB = b.value || plans[0]?.version;
  a.replaceChildren(...options(keepA));
  b.replaceChildren(...options(keepB));
  return [a.value, b.value].filter(Boolean);
}

/** GET /api/compare?versions=…: per plan { version, scenario, npvEuro, capexByYear, shareByTechnology, connectedAtDeadline, bridged, gap }. */
export function renderComparison(result) {
  const plans = Array.isArray(result) ? result : (result.plans ?? result.versions ?? []);
  const t = table('compare-table');
  t.tHead.replaceChildren(el('tr', {}, el('th', { scope: 'col' }, 'Kennzahl'),
    plans.map((p) => el('th', { scope: 'col', 'data-testid': 'compare-plan', 'data-key': p.version }, `Plan ${p.version}`, el('br'), el('small', {}, p.scenario ?? '')))));
  const row = (key, label, cell) => el('tr', { 'data-testid': 'compare-row', 'data-key': key }, el('th', { scope: 'row' }, label), plans.map(cell));
  // Only years in which one of the plans spends something.
  const years = [...new Set(plans.flatMap((p) => asKeyedList(p.capexByYear, 'capexEuro')
    .filter((y) => (y.capexEuro ?? y.value) > 0).map((y) => String(y.year ?? y.key))))].sort();
  const techs = [...new Set(plans.flatMap((p) => asKeyedList(p.shareByTechnology, 'share').map((s) => s.technology ?? s.key)))];
  const capexOf = (p, year) => asKeyedList(p.capexByYear, 'capexEuro').find((y) => String(y.year ?? y.key) === year);
  const shareOf = (p, tech) => asKeyedList(p.shareByTechnology, 'share').find((s) => (s.technology ?? s.key) === tech);
  const rows = [
    row('npv', 'Kapitalwert (NPV)', (p) => numCell(euro(p.npvEuro), p.npvEuro)),
    row('connected', 'Angebunden zur Frist', (p) => numCell(p.connectedAtDeadline <= 1 ? percent(p.connectedAtDeadline) : String(p.connectedAtDeadline), p.connectedAtDeadline)),
    row('bridged', 'Übergangslösungen', (p) => numCell(String(p.bridged ?? '–'), p.bridged)),
    row('gap', 'Optimalitätslücke', (p) => numCell(percent(p.gap), p.gap)),
    ...techs.map((tech) => row(`share-${tech}`, `Anteil ${technologyLabel(tech)}`, (p) => {
      const s = shareOf(p, tech);
      return numCell(percent(s?.share ?? s?.value), s?.share ?? s?.value);
    })),
    ...years.map((year) => row(`capex-${year}`, `CAPEX ${year}`, (p) => {
      const y = capexOf(p, year);
      return numCell(euro(y?.capexEuro ?? y?.value), y?.capexEuro ?? y?.value);
    })),
  ];
  fillRows(t, rows, 'Keine Pläne zum Vergleich');
}

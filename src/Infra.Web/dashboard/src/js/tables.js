// Tables: sites at risk, CAPEX per year, scenario comparison, background jobs.
import { el, fillRows, numCell } from './dom.js';
import { date, dateTime, euro, explanation, jobKindLabel, jobStateLabel, label, percent, points, technologyLabel } from './format.js';

const table = (testId) => document.querySelector(`[data-testid="${testId}"]`);

/** GET /api/risks; a click on a name opens the site panel. At most `limit` rows (wall mode), the rest counted below. */
export function renderRisks(risks, onSiteSelected, limit = Infinity) {
  const shown = risks.slice(0, limit);
  fillRows(table('risk-table'), shown.map((r) => el('tr', { 'data-testid': 'risk-row', 'data-key': r.siteId },
    el('th', { scope: 'row', 'data-csv': r.name ?? r.siteId },
      el('button', { type: 'button', class: 'link', onclick: () => onSiteSelected(r.siteId) }, r.name ?? r.siteId)),
    el('td', {}, r.district ?? '–'),
    el('td', {}, technologyLabel(r.technology)),
    el('td', {}, date(r.plannedLive)),
    el('td', {}, date(r.projectedLive)),
    el('td', { class: 'reason' }, r.reason ?? ''))), 'Keine Liegenschaft mit Terminrisiko');
  const more = document.querySelector('[data-testid="risk-more"]');
  more.hidden = risks.length <= shown.length;
  more.textContent = `… und ${risks.length - shown.length} weitere`;
}

/** GET /api/plans/{v}/years: CAPEX against the budget (without bridging), budget, OPEX; the sums in the foot. */
export function renderYearsTable(years) {
  const t = table('years-table');
  fillRows(t, years.map((y) => el('tr', {
    'data-testid': 'year-row', 'data-key': y.year, class: y.capex_budgeted_eur > y.budget_eur ? 'over' : '' },
  el('th', { scope: 'row' }, String(y.year)),
  numCell(euro(y.capex_budgeted_eur), y.capex_budgeted_eur, 'capex'),
  numCell(euro(y.budget_eur), y.budget_eur, 'budget'),
  numCell(euro(y.opex_eur), y.opex_eur, 'opex'))));
  const sum = (key) => years.reduce((s, y) => s + (Number.isFinite(y[key]) ? y[key] : 0), 0);
  t.tFoot.replaceChildren(el('tr', { 'data-testid': 'year-total' }, el('th', { scope: 'row' }, 'Summe'),
    numCell(euro(sum('capex_budgeted_eur')), sum('capex_budgeted_eur'), 'capex-total'),
    numCell(euro(sum('budget_eur')), sum('budget_eur'), 'budget-total'),
    numCell(euro(sum('opex_eur')), sum('opex_eur'), 'opex-total')));
}

/** GET /api/jobs: JobRun[] newest first; a queued or running run gets a cancel button (it needs a Planer key). */
export function renderJobs(jobs, onCancel, limit = 20) {
  fillRows(table('job-table'), jobs.slice(0, limit).map((j) => {
    const state = String(j.state ?? '').toLowerCase();
    const open = state === 'queued' || state === 'running';
    return el('tr', { 'data-testid': 'job-row', 'data-key': j.runId, class: `job-${state}` },
      el('th', { scope: 'row' }, jobKindLabel(j.kind)),
      el('td', {}, el('span', { class: `state state-${state}`, 'data-testid': 'job-state' }, jobStateLabel(j.state))),
      numCell(percent(j.progress), j.progress, 'progress'),
      el('td', {}, dateTime(j.queuedAt)),
      el('td', {}, dateTime(j.finishedAt)),
      el('td', { class: 'num' }, j.planVersion ?? '–'),
      el('td', { class: 'reason' }, j.message ?? ''),
      el('td', { 'data-csv': '' }, open
        ? el('button', { type: 'button', 'data-testid': 'job-cancel', 'aria-label': `${jobKindLabel(j.kind)} abbrechen`, onclick: () => onCancel(j.runId) }, 'Abbrechen')
        : null));
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

/** The hint above the comparison: only one plan stored, or the same plan chosen twice; hidden otherwise. */
export function showCompareHint(planCount, sameChosen) {
  const hint = table('compare-hint');
  const text = planCount === 0 ? 'Noch kein Plan gespeichert.'
    : planCount === 1 ? 'Es gibt nur einen gespeicherten Plan. Für einen Vergleich ein weiteres Szenario rechnen (Planer, unten).'
      : sameChosen ? 'Plan A und Plan B sind derselbe Plan: bitte zwei verschiedene Pläne wählen.' : '';
  hint.textContent = text;
  hint.hidden = text === '';
}

/**
 * GET /api/compare?versions=…: per plan { version, scenario, npv_eur, capex_by_year: [{ year, capex_eur }],
 * share_by_technology: [{ technology, share }], connected_share_at_deadline, bridged_sites, gap }.
 * With two plans a last column shows B − A.
 */
export function renderComparison(plans) {
  const t = table('compare-table');
  const withDifference = plans.length === 2;
  t.tHead.replaceChildren(el('tr', {}, el('th', { scope: 'col' }, 'Kennzahl'),
    plans.map((p, i) => el('th', { scope: 'col', 'data-testid': 'compare-plan', 'data-key': p.version,
      'data-csv': `${i === 0 ? 'A' : 'B'}: Plan ${p.version} (${p.scenario ?? ''})` },
      `${i === 0 ? 'A' : 'B'}: Plan ${p.version}`, el('br'), el('small', {}, p.scenario ?? ''))),
    withDifference ? el('th', { scope: 'col', 'data-testid': 'compare-difference-head' }, 'Differenz B − A') : null));
  const row = (key, term, value, format, diffFormat, note) => el('tr', { 'data-testid': 'compare-row', 'data-key': key },
    el('th', { scope: 'row' }, term, note ? el('small', { class: 'term-note' }, note) : null),
    plans.map((p) => numCell(format(value(p)), value(p))),
    withDifference ? difference(value(plans[0]), value(plans[1]), diffFormat) : null);
  // Only years in which one of the plans spends something.
  const years = [...new Set(plans.flatMap((p) => (p.capex_by_year ?? []).filter((y) => y.capex_eur > 0).map((y) => y.year)))].sort((a, b) => a - b);
  const techs = [...new Set(plans.flatMap((p) => (p.share_by_technology ?? []).map((s) => s.technology)))];
  const capexOf = (p, year) => (p.capex_by_year ?? []).find((y) => y.year === year)?.capex_eur ?? 0;
  const shareOf = (p, tech) => (p.share_by_technology ?? []).find((s) => s.technology === tech)?.share ?? 0;
  const signedEuro = (d) => (d > 0 ? `+${euro(d)}` : euro(d));
  const count = (v) => (Number.isFinite(v) ? String(v) : '–');
  const signedCount = (d) => (d > 0 ? `+${d}` : String(d));
  const rows = [
    row('npv', label('term', 'npv'), (p) => p.npv_eur, euro, signedEuro, explanation('term', 'npv')),
    row('connected', 'Angebunden zur Frist', (p) => p.connected_share_at_deadline, percent, (d) => points(d * 100)),
    row('bridged', label('term', 'bridging'), (p) => p.bridged_sites, count, signedCount, explanation('term', 'bridging')),
    row('gap', label('term', 'gap'), (p) => p.gap, percent, (d) => points(d * 100), explanation('term', 'gap')),
    ...techs.map((tech) => row(`share-${tech}`, `Anteil ${technologyLabel(tech)}`, (p) => shareOf(p, tech), percent, (d) => points(d * 100))),
    ...years.map((year) => row(`capex-${year}`, `${label('term', 'capex')} ${year}`, (p) => capexOf(p, year), euro, signedEuro)),
  ];
  fillRows(t, rows, 'Keine Pläne zum Vergleich');
}

function difference(a, b, format) {
  const d = Number.isFinite(a) && Number.isFinite(b) ? b - a : NaN;
  return numCell(Number.isFinite(d) ? format(d) : '–', Number.isFinite(d) ? d : null, 'compare-difference');
}

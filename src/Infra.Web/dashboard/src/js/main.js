// Dashboard entry: loads every card from the HTTP API, wires the map, its filters and search, the site panel, the
// comparison, the Planer's actions and the downloads; in wall mode (?wand=1) large type and a refresh every 60 seconds.
import { api } from './api.js';
import { compareNames, explanation, kindLabel, label, setGlossary, technologyLabel, timeOfDay } from './format.js';
import { el, showError } from './dom.js';
import { breakdownsOfStatus, renderBreakdowns, renderHeadline, renderPlanInfo } from './kpis.js';
import { chartPng, renderCurve, renderStatusCurve, renderYears, resizeCharts } from './charts.js';
import { PlanMap, renderLegend } from './map.js';
import { renderSitePanel, renderSitePanelError } from './sitePanel.js';
import { fillPlanSelects, renderComparison, renderJobs, renderRisks, renderYearsTable, showCompareHint } from './tables.js';
import { addCsvButton, addPngButton } from './exports.js';
import { SiteSearch } from './search.js';
import { PlanerActions } from './planer.js';
import { renderStatus, riskSiteIds } from './status.js';

const params = new URLSearchParams(window.location.search);
const wallMode = ['1', 'true', 'ja'].includes((params.get('wand') ?? '').toLowerCase());
const refreshSeconds = 60;
const card = (selector) => document.querySelector(selector);
const technologies = ['fibre', 'radio', 'leased', 'keep', 'none'];

const state = { version: null, selectedSite: null, plans: [], refreshes: 0 };
let glossaryLoaded = false;

/** Runs one card's loader; a failure marks only that card. */
async function section(cardSelector, load) {
  const target = card(cardSelector);
  try {
    await load();
    showError(target, null);
  } catch (error) {
    console.error(error);
    showError(target, error);
  }
}

/** "2026-11-23" -> "2026Q4"; quarters from the API are compared in the same form. */
function quarterOf(isoDate) {
  const [y, m] = String(isoDate).split('-').map(Number);
  return Number.isFinite(y) && Number.isFinite(m) ? `${y}Q${Math.ceil(m / 3)}` : null;
}

async function loadMap(asOf) {
  const [sites, trenches, links, districts] = await Promise.all([
    ...['plan-sites', 'plan-trenches', 'plan-links'].map((name) => api.collection(name)),
    api.collection('districts').catch(() => []),
  ]);
  const normalized = sites.map((f) => ({ ...f, properties: { ...f.properties,
    live_quarter: f.properties?.live_quarter ? String(f.properties.live_quarter).replace(/[^0-9Qq]/g, '').toUpperCase() : null } }));
  planMap.show({ sites: normalized, trenches, links, districts }, quarterOf(asOf ?? new Date().toISOString().slice(0, 10)));
  fillFilters();
}

/** The filter selects: districts and kinds present in the data (German order), technologies and statuses from the glossary. */
function fillFilters() {
  const records = planMap.records;
  const fill = (name, options) => {
    const select = card(`.filters select[name="${name}"]`);
    const keep = select.value;
    select.replaceChildren(el('option', { value: '' }, 'alle'),
      ...options.map(([value, text]) => el('option', { value, selected: value === keep }, text)));
  };
  const distinct = (key) => [...new Set(records.map((r) => r[key]).filter(Boolean))];
  fill('district', distinct('district').sort(compareNames).map((d) => [d, d]));
  fill('kind', distinct('kind').map((k) => [k, kindLabel(k)]).sort((a, b) => compareNames(a[1], b[1])));
  fill('technology', technologies.filter((t) => records.some((r) => r.technology === t)).map((t) => [t, technologyLabel(t)]));
  fill('status', ['connected', 'planned', 'risk'].map((s) => [s, label('site_status', s)]));
  applyFilters();
}

function applyFilters() {
  const form = card('.filters');
  const filter = Object.fromEntries(['district', 'kind', 'technology', 'status'].map((n) => [n, form.elements[n].value]));
  const shown = planMap.setFilter(filter);
  card('[data-testid="filter-count"]').textContent = `${shown} von ${planMap.records.length} Liegenschaften angezeigt`;
  if (filter.district) planMap.zoomToDistrict(filter.district);
}

/** The build years: from the first year with CAPEX to the deadline's year (or the last year with CAPEX, if later). */
function buildYears(years, deadline) {
  const withCapex = years.filter((y) => y.capex_budgeted_eur > 0).map((y) => y.year);
  const last = Math.max(Number(String(deadline).slice(0, 4)), ...withCapex);
  const first = withCapex.length > 0 ? Math.min(...withCapex) : -Infinity;
  return years.filter((y) => y.year >= first && y.year <= last);
}

async function compare() {
  const chosen = [document.getElementById('compare-a').value, document.getElementById('compare-b').value];
  const versions = chosen.filter((v, i, all) => v && all.indexOf(v) === i);
  showCompareHint(state.plans.length, chosen[0] !== '' && chosen[0] === chosen[1] && state.plans.length > 1);
  if (versions.length === 0) return;
  renderComparison(await api.compare(versions));
}

function renderTerms() {
  const terms = ['npv', 'capex', 'opex', 'gap', 'bound', 'budget', 'bridging', 'hub', 'percentage_points', 'stichtag', 'ist'];
  card('[data-testid="terms"]').replaceChildren(...terms.filter((t) => explanation('term', t)).flatMap((t) => [
    el('dt', { 'data-key': t }, label('term', t)), el('dd', {}, explanation('term', t))]));
}

async function loadGlossary() {
  // Labels of every code come from the server's one glossary; without it the codes themselves show.
  try {
    setGlossary(await api.glossary());
    glossaryLoaded = true;
  } catch (error) {
    console.error(error);
  }
  renderLegend(card('[data-testid="map-legend"]'), technologies);
  renderTerms();
}

async function refresh() {
  if (!glossaryLoaded) await loadGlossary();
  let kpis = null;
  let plan = null;
  let status = null;
  await section('.top', async () => {
    [kpis, plan, status] = await Promise.all([api.kpisCurrent(), api.latestPlan().catch(() => null), api.status().catch(() => null)]);
    state.version = kpis.plan_version ?? plan?.version ?? null;
    renderHeadline(kpis, plan);
    if (status) renderStatus(status);
  });
  if (status) {
    // One source for the headline and the tables: the status as of its Stichtag.
    renderBreakdowns(breakdownsOfStatus(status), showDistrict);
  } else if (kpis) {
    renderBreakdowns(kpis, showDistrict);
  } else {
    showError(card('.breakdowns'), new Error('Kennzahlen fehlen'));
    plan = await api.latestPlan().catch(() => null);
    state.version = plan?.version ?? null;
    renderPlanInfo(null, plan);
  }

  const version = state.version;
  const withPlan = (load) => async () => {
    if (version === null) throw new Error('Kein gespeicherter Plan');
    await load();
  };
  await Promise.all([
    section('.map-card', async () => {
      await loadMap(status?.stichtag ?? kpis?.as_of);
      if (status) planMap.setRisks(riskSiteIds(status));
    }),
    section('.curve-card', status ? async () => renderStatusCurve(status) : withPlan(async () => renderCurve(await api.curve(version), kpis))),
    section('.years-card', withPlan(async () => {
      const years = buildYears(await api.years(version), plan?.summary?.deadline ?? '2028-06-30');
      renderYears(years);
      renderYearsTable(years);
    })),
    section('.risks-card', async () => renderRisks(await api.risks(), (id) => selectSite(id), wallMode ? 6 : Infinity)),
    section('.compare-card', async () => {
      state.plans = await api.plans();
      fillPlanSelects(state.plans);
      await compare();
    }),
    loadJobs(),
    wallMode ? null : section('.planer-card', async () => planer.fillScenarios(await api.scenarios())),
  ]);
  if (state.selectedSite) await selectSite(state.selectedSite, { keepView: true });
  for (const table of document.querySelectorAll('table[data-export]')) {
    addCsvButton(table, table.dataset.export, table.closest('.card')?.querySelector('h2')?.textContent ?? table.dataset.export);
  }
  markScrollRegions();
  state.refreshes += 1;
  document.body.dataset.refreshes = String(state.refreshes);
  card('[data-testid="refresh-info"]').textContent = `Aktualisiert ${timeOfDay(new Date())}${wallMode ? ` · alle ${refreshSeconds} s` : ''}`;
}

/** A box that scrolls (a wide table on a phone) must be reachable by keyboard: then it is a focusable, named region. */
function markScrollRegions() {
  for (const box of document.querySelectorAll('.table-scroll, .breakdown-tables > div')) {
    const scrolls = box.scrollWidth > box.clientWidth + 1;
    if (scrolls) {
      box.setAttribute('tabindex', '0');
      box.setAttribute('role', 'region');
      box.setAttribute('aria-label', `${box.querySelector('h3')?.textContent ?? box.closest('.card')?.querySelector('h2')?.textContent ?? 'Tabelle'} (seitlich verschiebbar)`);
    } else {
      for (const name of ['tabindex', 'role', 'aria-label']) box.removeAttribute(name);
    }
  }
}

function loadJobs() {
  return section('.jobs-card', async () => renderJobs(await api.jobs(), (runId) => planer.cancel(runId), wallMode ? 1 : 20));
}

async function selectSite(siteId, { keepView = false, focus = false } = {}) {
  state.selectedSite = siteId;
  const panel = card('.site-panel');
  if (!keepView) planMap.highlight(siteId);
  try {
    if (state.version === null) throw new Error('Kein gespeicherter Plan');
    renderSitePanel(panel, await api.site(state.version, siteId));
  } catch (error) {
    console.error(error);
    renderSitePanelError(panel, siteId, error);
  }
  const link = `#site=${encodeURIComponent(siteId)}`;
  card('[data-testid="site-link"]').href = link;
  if (window.location.hash !== link) history.replaceState(null, '', link);
  document.body.classList.add('with-panel');
  planMap.invalidate();
  if (focus) panel.querySelector('h2').focus();
}

function closePanel() {
  state.selectedSite = null;
  card('.site-panel').hidden = true;
  document.body.classList.remove('with-panel');
  history.replaceState(null, '', window.location.pathname + window.location.search);
  planMap.highlight(null);
  planMap.invalidate();
}

function siteFromHash() {
  const m = /^#site=(.+)$/.exec(window.location.hash);
  return m ? decodeURIComponent(m[1]) : null;
}

function showDistrict(name) {
  planMap.zoomToDistrict(name);
  card('.map-card').scrollIntoView({ block: 'nearest' });
}

if (wallMode) {
  document.documentElement.classList.add('wand');
  document.body.classList.add('wand');
}
// ?buendeln-ab=N clusters markers from N shown sites on (default 150).
const clusterFrom = Number.parseInt(params.get('buendeln-ab') ?? '', 10);
const planMap = new PlanMap(document.getElementById('map'), {
  tileUrl: params.get('tiles'), onSiteSelected: (id) => selectSite(id), clusterFrom: Number.isFinite(clusterFrom) ? clusterFrom : 150,
});
const planer = new PlanerActions({ onChange: () => Promise.all([loadJobs(), section('.compare-card', async () => {
  state.plans = await api.plans();
  fillPlanSelects(state.plans);
})]) });
new SiteSearch(card('.site-search'), {
  getSites: () => planMap.visible(), getAllSites: () => planMap.records, onSelect: (id) => selectSite(id, { focus: true }),
});
addPngButton(card('.map-card .card-exports'), 'karte', 'Karte', () => planMap.toPng(document.getElementById('h-map').textContent));
addPngButton(card('.curve-card .card-exports'), 'verlauf', 'Verlauf', () => chartPng('curve-chart'));
addPngButton(card('.years-card .card-exports'), 'investitionen', 'Investitionen je Jahr', () => chartPng('years-chart'));

card('.site-panel .close').addEventListener('click', closePanel);
document.addEventListener('keydown', (e) => { if (e.key === 'Escape' && !card('.site-panel').hidden) closePanel(); });
card('.filters').addEventListener('change', applyFilters);
card('.filters').addEventListener('submit', (e) => e.preventDefault());
card('.compare-form').addEventListener('submit', (e) => {
  e.preventDefault();
  section('.compare-card', compare);
});
// Printing changes the map's size: Leaflet must redraw for it.
window.addEventListener('beforeprint', () => planMap.invalidate());
window.addEventListener('hashchange', () => {
  const id = siteFromHash();
  if (id && id !== state.selectedSite) selectSite(id);
});
window.addEventListener('resize', () => {
  resizeCharts();
  markScrollRegions();
});

refresh().then(async () => {
  const linked = siteFromHash();
  if (linked) await selectSite(linked);
}).finally(() => {
  // Tests and wall displays wait for this mark instead of guessing a delay.
  document.body.dataset.ready = 'true';
});
if (wallMode) setInterval(() => { refresh(); }, refreshSeconds * 1000);

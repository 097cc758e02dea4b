// Dashboard entry: loads every card from the HTTP API, wires the map, the site panel and the comparison,
// and in wall mode (?wand=1) uses large type and refreshes every 60 seconds.
import { api } from './api.js';
import { setGlossary } from './format.js';
import { el, showError } from './dom.js';
import { renderBreakdowns, renderHeadline, renderPlanInfo } from './kpis.js';
import { renderCurve, renderYears, resizeCharts } from './charts.js';
import { PlanMap, renderLegend } from './map.js';
import { renderSitePanel, renderSitePanelError } from './sitePanel.js';
import { fillPlanSelects, renderComparison, renderJobs, renderRisks, renderYearsTable } from './tables.js';

const params = new URLSearchParams(window.location.search);
const wallMode = ['1', 'true', 'ja'].includes((params.get('wand') ?? '').toLowerCase());
const refreshSeconds = 60;
const card = (selector) => document.querySelector(selector);

const state = { version: null, sites: [], selectedSite: null };
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
  const [sites, trenches, links] = await Promise.all(
    ['plan-sites', 'plan-trenches', 'plan-links'].map((name) => api.collection(name)));
  const normalized = sites.map((f) => ({ ...f, properties: { ...f.properties,
    live_quarter: f.properties?.live_quarter ? String(f.properties.live_quarter).replace(/[^0-9Qq]/g, '').toUpperCase() : null } }));
  planMap.show({ sites: normalized, trenches, links }, quarterOf(asOf ?? new Date().toISOString().slice(0, 10)));
  state.sites = sites.map((f) => ({ id: String(f.properties?.id ?? f.id), name: f.properties?.name ?? '' }));
  document.getElementById('site-list').replaceChildren(
    ...state.sites.map((s) => el('option', { value: s.id }, `${s.name} (${s.id})`)));
}

/** The build years: from the first year with CAPEX to the deadline's year (or the last year with CAPEX, if later). */
function buildYears(years, deadline) {
  const withCapex = years.filter((y) => y.capex_budgeted_eur > 0).map((y) => y.year);
  const last = Math.max(Number(String(deadline).slice(0, 4)), ...withCapex);
  const first = withCapex.length > 0 ? Math.min(...withCapex) : -Infinity;
  return years.filter((y) => y.year >= first && y.year <= last);
}

async function compare() {
  const versions = [document.getElementById('compare-a').value, document.getElementById('compare-b').value]
    .filter((v, i, all) => v && all.indexOf(v) === i);
  if (versions.length === 0) return;
  renderComparison(await api.compare(versions));
}

async function refresh() {
  if (!glossaryLoaded) {
    // Labels of every code come from the server's one glossary; without it the codes themselves show.
    try {
      setGlossary(await api.glossary());
      glossaryLoaded = true;
    } catch (error) {
      console.error(error);
    }
    renderLegend(document.querySelector('[data-testid="map-legend"]'));
  }
  let kpis = null;
  let plan = null;
  await section('.top', async () => {
    [kpis, plan] = await Promise.all([api.kpisCurrent(), api.latestPlan().catch(() => null)]);
    state.version = kpis.plan_version ?? plan?.version ?? null;
    renderHeadline(kpis, plan);
  });
  if (kpis) {
    renderBreakdowns(kpis);
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
    section('.map-card', () => loadMap(kpis?.as_of)),
    section('.curve-card', withPlan(async () => renderCurve(await api.curve(version), kpis))),
    section('.years-card', withPlan(async () => {
      const years = buildYears(await api.years(version), plan?.summary?.deadline ?? '2028-06-30');
      renderYears(years);
      renderYearsTable(years);
    })),
    section('.risks-card', async () => renderRisks(await api.risks(), selectSite)),
    section('.compare-card', async () => {
      fillPlanSelects(await api.plans());
      await compare();
    }),
    section('.jobs-card', async () => renderJobs(await api.jobs())),
  ]);
  if (state.selectedSite) await selectSite(state.selectedSite, { keepView: true });
  document.querySelector('[data-testid="refresh-info"]').textContent =
    `Aktualisiert ${new Date().toLocaleTimeString('de-DE', { hour: '2-digit', minute: '2-digit' })}` +
    (wallMode ? ` · alle ${refreshSeconds} s` : '');
}

async function selectSite(siteId, { keepView = false } = {}) {
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
  document.body.classList.add('with-panel');
  planMap.invalidate();
}

function closePanel() {
  state.selectedSite = null;
  card('.site-panel').hidden = true;
  document.body.classList.remove('with-panel');
  planMap.highlight(null);
  planMap.invalidate();
}

if (wallMode) {
  document.documentElement.classList.add('wand');
  document.body.classList.add('wand');
}
const planMap = new PlanMap(document.getElementById('map'), { tileUrl: params.get('tiles'), onSiteSelected: (id) => selectSite(id) });

card('.site-panel .close').addEventListener('click', closePanel);
document.addEventListener('keydown', (e) => { if (e.key === 'Escape' && !card('.site-panel').hidden) closePanel(); });
document.querySelector('.compare-form').addEventListener('submit', (e) => {
  e.preventDefault();
  section('.compare-card', compare);
});
document.querySelector('.site-search').addEventListener('submit', (e) => {
  e.preventDefault();
  const text = document.getElementById('site-input').value.trim().toLowerCase();
  const site = state.sites.find((s) => s.id.toLowerCase() === text) ?? state.sites.find((s) => s.name.toLowerCase().includes(text));
  if (text && site) selectSite(site.id);
});
window.addEventListener('resize', resizeCharts);

refresh().finally(() => {
  // Tests and wall displays wait for this mark instead of guessing a delay.
  document.body.dataset.ready = 'true';
});
if (wallMode) setInterval(() => { refresh(); }, refreshSeconds * 1000);

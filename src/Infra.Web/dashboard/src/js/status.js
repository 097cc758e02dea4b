// The programme status as of the Stichtag (GET /api/status, issue 12): the forecast at the deadline as a traffic light
// with its counts, Ist − Ausgangsplan in percentage points, WLAN Ist against plan, the Datenstand line (synthetic or
// not) and the Sachstandsbericht download.
import { date, integer, percent, points } from './format.js';

const q = (testId) => document.querySelector(`[data-testid="${testId}"]`);

function set(testId, text, value) {
  const node = q(testId);
  node.textContent = text;
  if (value !== undefined) node.dataset.value = String(value);
  return node;
}

export function renderStatus(status) {
  const h = status.headline;
  set('headline-share', percent(h.connected_share), h.connected_share);
  set('headline-planned', percent(h.planned_share), h.planned_share);
  q('headline-difference-box').hidden = false;
  set('headline-difference', points(h.difference_points), h.difference_points).classList.toggle('behind', h.difference_points < 0);
  set('headline-count', `${integer(h.connected)} von ${integer(h.sites)}`, h.connected);
  set('headline-wlan', `${percent(h.wlan_share)} (Plan ${percent(h.wlan_planned_share)})`, h.wlan_share);
  set('headline-risks', integer(status.risks?.length ?? 0), status.risks?.length ?? 0);
  set('headline-deadline', date(status.deadline), status.deadline);

  const forecast = q('forecast');
  forecast.hidden = false;
  forecast.dataset.light = h.light;
  q('forecast-light').className = `light light-${h.light}`;
  set('forecast-label', h.light_label, h.light);
  set('forecast-counts', `${integer(h.forecast_connected)} angebunden · ${integer(h.forecast_bridged)} überbrückt · ${integer(h.forecast_missed)} verfehlt`);
  forecast.title = status.forecast?.summary ?? '';

  const dataState = set('data-state', status.data?.note ?? `Datenstand ${date(status.data?.as_of)}`, status.data?.synthetic ? 'synthetisch' : 'gemeldet');
  dataState.hidden = false;
  dataState.classList.toggle('synthetic', Boolean(status.data?.synthetic));
  q('plan-info').textContent = `Stichtag ${date(status.stichtag)} · Ausgangsplan ${status.baseline?.version ?? '–'}` +
    `${status.replan ? ` · Fortschreibung ${status.replan.version}` : ''} · Szenario „${status.scenario}“`;

  const report = q('report-link');
  report.hidden = false;
  report.href = `api/status/report?stichtag=${encodeURIComponent(status.stichtag)}`;
  document.getElementById('h-curve').textContent = `Ausgangsplan, Ist und Fortschreibung bis zum ${date(status.deadline)}`;
}

/** The ids of the sites at risk (for the map). */
export function riskSiteIds(status) {
  return (status.risks ?? []).map((r) => r.site_id);
}

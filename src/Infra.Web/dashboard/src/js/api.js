// The HTTP API of Infra.Web, exactly the addresses of docs/service-contracts.md ("HTTP API used by the dashboard").

export class ApiError extends Error {
  constructor(url, status, detail) {
    super(`${url}: HTTP ${status}${detail ? ` – ${detail}` : ''}`);
    this.url = url;
    this.status = status;
    this.detail = detail;
  }
}

async function getJson(url) {
  return send(url, { headers: { Accept: 'application/json, application/geo+json' }, cache: 'no-store' });
}

/** A request with the Planer's API key (X-Api-Key); the answer's JSON, or null without a body. */
function withKey(method, url, key) {
  return send(url, { method, headers: { Accept: 'application/json', 'X-Api-Key': key }, cache: 'no-store' });
}

async function send(url, init) {
  const response = await fetch(url, init);
  if (!response.ok) {
    let detail = '';
    try {
      const problem = await response.json();
      detail = problem.detail ?? problem.title ?? '';
    } catch {
      // not problem details; the status is enough
    }
    throw new ApiError(url, response.status, detail);
  }
  const text = await response.text();
  return text ? JSON.parse(text) : null;
}

const enc = encodeURIComponent;

// Plan, KPI, comparison and glossary answers are the plan contract in snake_case (docs/service-contracts.md);
// jobs and risks are still camelCase.
export const api = {
  glossary: () => getJson('/api/glossary'),
  kpisCurrent: () => getJson('/api/kpis/current'),
  kpisHistory: () => getJson('/api/kpis/history'),
  plans: () => getJson('/api/plans'),
  latestPlan: () => getJson('/api/plans/latest'),
  curve: (version) => getJson(`/api/plans/${enc(version)}/curve`),
  years: (version) => getJson(`/api/plans/${enc(version)}/years`),
  site: (version, siteId) => getJson(`/api/plans/${enc(version)}/sites/${enc(siteId)}`),
  risks: () => getJson('/api/risks'),
  compare: (versions) => getJson(`/api/compare?versions=${versions.map(enc).join(',')}`),
  jobs: () => getJson('/api/jobs'),
  job: (runId) => getJson(`/api/jobs/${enc(runId)}`),
  scenarios: () => getJson('/api/scenarios'),
  /** The programme status as of the Stichtag (issue 12); null when the server has none (404). */
  status: () => getJson('/api/status').catch((e) => (e.status === 404 ? null : Promise.reject(e))),
  runScenario: (name, key) => withKey('POST', `/api/scenarios/${enc(name)}/run`, key),
  cancelJob: (runId, key) => withKey('DELETE', `/api/jobs/${enc(runId)}`, key),
  /** All features of an OGC API Features collection, following the "next" links page by page. */
  async collection(name, pageSize = 1000) {
    const features = [];
    let url = `/ogc/collections/${enc(name)}/items?limit=${pageSize}&offset=0`;
    for (let page = 0; url && page < 200; page++) {
      const fc = await getJson(url);
      features.push(...(fc.features ?? []));
      const next = (fc.links ?? []).find((l) => l.rel === 'next');
      url = next && (fc.features ?? []).length > 0 ? sameOriginPath(next.href) : null;
    }
    return features;
  },
};

/** Keeps only path and query of a link, so that a host name the server puts into its links never leaves the page's origin. */
function sameOriginPath(href) {
  const u = new URL(href, window.location.href);
  return u.pathname + u.search;
}

// The panel for one site: its plan, the alternatives ("Warum?") and the milestones, from GET /api/plans/{v}/sites/{id}.
import { el } from './dom.js';
import { date, euro, integer, kindLabel, milestoneStateLabel, quarter, technologyLabel } from './format.js';

export function renderSitePanel(panel, site) {
  const body = panel.querySelector('.panel-body');
  panel.querySelector('h2').textContent = site.name ?? site.siteId;
  const row = (label, value, testId, raw) => [
    el('dt', {}, label),
    el('dd', { 'data-testid': testId, dataset: raw === undefined || raw === null ? {} : { value: String(raw) } }, value ?? '–'),
  ];
  const facts = el('dl', { class: 'facts' },
    row('Kennung', site.siteId, 'site-id', site.siteId),
    row('Art', site.kindLabel ?? kindLabel(site.kind), 'site-kind', site.kind),
    row('Stadtbezirk', site.district, 'site-district', site.district),
    row('Technologie', site.technologyLabel ?? technologyLabel(site.technology), 'site-technology', site.technology),
    site.hubId ? row('Knoten', site.hubId, 'site-hub', site.hubId) : [],
    row('Bedarf', `${integer(site.demandMbps)} Mbit/s`, 'site-demand', site.demandMbps),
    row('CAPEX', euro(site.capexEuro), 'site-capex', site.capexEuro),
    row('OPEX je Jahr', euro(site.opexPerYearEuro), 'site-opex', site.opexPerYearEuro),
    row('Kapitalwert (NPV)', euro(site.npvEuro), 'site-npv', site.npvEuro),
    row('Angebunden ab', quarter(site.liveQuarter), 'site-live', site.liveQuarter),
    row('WLAN ab', quarter(site.wlanQuarter), 'site-wlan', site.wlanQuarter),
    site.bridgedFrom ? row('Übergangslösung seit', quarter(site.bridgedFrom), 'site-bridged', site.bridgedFrom) : [],
    row('Frist 30.06.2028', site.missesDeadline ? 'wird verfehlt' : 'wird gehalten', 'site-deadline', site.missesDeadline));

  const alternatives = site.alternatives ?? [];
  const why = el('section', { class: 'why', 'aria-labelledby': 'h-why' },
    el('h3', { id: 'h-why' }, 'Warum?'),
    el('p', { 'data-testid': 'site-reason' }, site.reason || 'Keine Begründung gespeichert.'),
    el('table', { class: 'compact', 'data-testid': 'site-alternatives' },
      el('caption', {}, 'Alternativen'),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Technologie'), el('th', { scope: 'col' }, 'Kapitalwert'), el('th', { scope: 'col' }, 'Hinweis'))),
      el('tbody', {}, alternatives.length === 0
        ? el('tr', {}, el('td', { colspan: 3 }, 'Keine Alternativen'))
        : alternatives.map((a) => el('tr', { 'data-testid': 'alternative-row', 'data-key': a.technology },
          el('th', { scope: 'row' }, a.technologyLabel ?? technologyLabel(a.technology)),
          el('td', { class: 'num', dataset: { value: String(a.npvEuro) } }, euro(a.npvEuro)),
          el('td', {}, a.note ?? ''))))));

  const milestones = site.milestones ?? [];
  const steps = el('section', { class: 'milestones', 'aria-labelledby': 'h-milestones' },
    el('h3', { id: 'h-milestones' }, 'Meilensteine'),
    milestones.length === 0
      ? el('p', {}, 'Noch keine Meilensteine gemeldet.')
      : el('ol', { 'data-testid': 'site-milestones' }, milestones.map((m) => {
        const status = String(m.status ?? '').toLowerCase();
        return el('li', { class: `ms ms-${status}`, 'data-key': m.milestone },
          el('strong', {}, m.label ?? m.milestone), ' · ', milestoneStateLabel(m.status),
          el('span', { class: 'ms-dates' }, ` Plan ${date(m.plannedDate)}`, m.actualDate ? ` · Ist ${date(m.actualDate)}` : ''));
      })));

  body.replaceChildren(facts, why, steps);
  panel.hidden = false;
}

export function renderSitePanelError(panel, siteId, error) {
  panel.querySelector('h2').textContent = siteId;
  panel.querySelector('.panel-body').replaceChildren(el('p', { class: 'error' },
    `Der Plan dieser Liegenschaft ist nicht verfügbar${error?.status ? ` (HTTP ${error.status})` : ''}.`));
  panel.hidden = false;
}

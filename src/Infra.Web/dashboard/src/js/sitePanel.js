// The panel for one site: its plan, the alternatives ("Warum?") and the milestones, from GET /api/plans/{v}/sites/{id}
// ({ site, reason_text, alternative_notes, milestones }); labels of codes from the glossary.
import { el } from './dom.js';
import { date, euro, explanation, integer, kindLabel, label, milestoneLabel, milestoneStateLabel, quarter, technologyLabel } from './format.js';

export function renderSitePanel(panel, detail) {
  const site = detail.site ?? {};
  const body = panel.querySelector('.panel-body');
  panel.querySelector('h2').textContent = site.name ?? site.id;
  const row = (term, value, testId, raw, title) => [
    el('dt', title ? { title } : {}, term),
    el('dd', { 'data-testid': testId, dataset: raw === undefined || raw === null ? {} : { value: String(raw) } }, value ?? '–'),
  ];
  const facts = el('dl', { class: 'facts' },
    row('Kennung', site.id, 'site-id', site.id),
    row('Art', kindLabel(site.kind), 'site-kind', site.kind),
    row('Stadtbezirk', site.district, 'site-district', site.district),
    row('Technologie', technologyLabel(site.technology), 'site-technology', site.technology),
    site.hub_id ? row(label('term', 'hub'), site.hub_id, 'site-hub', site.hub_id, explanation('term', 'hub')) : [],
    row('Bedarf', `${integer(site.demand_mbps)} Mbit/s`, 'site-demand', site.demand_mbps),
    row(label('term', 'capex'), euro(site.capex_eur), 'site-capex', site.capex_eur, explanation('term', 'capex')),
    row(`${label('term', 'opex')} je Jahr`, euro(site.opex_eur_per_year), 'site-opex', site.opex_eur_per_year, explanation('term', 'opex')),
    row(label('term', 'npv'), euro(site.npv_eur), 'site-npv', site.npv_eur, explanation('term', 'npv')),
    row('Angebunden ab', quarter(site.live_quarter), 'site-live', site.live_quarter),
    row('WLAN ab', quarter(site.wlan_quarter), 'site-wlan', site.wlan_quarter),
    site.bridged_from ? row('Übergangslösung seit', quarter(site.bridged_from), 'site-bridged', site.bridged_from) : [],
    row('Frist', site.misses_deadline ? 'wird verfehlt' : 'wird gehalten', 'site-deadline', site.misses_deadline));

  const alternatives = site.alternatives ?? [];
  const notes = detail.alternative_notes ?? [];
  const why = el('section', { class: 'why', 'aria-labelledby': 'h-why' },
    el('h3', { id: 'h-why' }, 'Warum?'),
    el('p', { 'data-testid': 'site-reason', 'data-value': site.reason?.code ?? '' }, detail.reason_text || 'Keine Begründung gespeichert.'),
    el('table', { class: 'compact', 'data-testid': 'site-alternatives' },
      el('caption', {}, 'Alternativen'),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Technologie'),
        el('th', { scope: 'col', title: explanation('term', 'npv') }, label('term', 'npv')), el('th', { scope: 'col' }, 'Hinweis'))),
      el('tbody', {}, alternatives.length === 0
        ? el('tr', {}, el('td', { colspan: 3 }, 'Keine Alternativen'))
        : alternatives.map((a, i) => el('tr', { 'data-testid': 'alternative-row', 'data-key': a.technology,
          class: a.technology === site.technology ? 'chosen' : '' },
          el('th', { scope: 'row' }, technologyLabel(a.technology),
            a.technology === site.technology ? el('span', { class: 'badge', 'data-testid': 'alternative-chosen' }, ' ✓ gewählt') : null),
          el('td', { class: 'num', dataset: { value: String(a.npv_eur) } }, euro(a.npv_eur)),
          el('td', {}, notes[i] ?? ''))))),
    el('p', { class: 'term-note', 'data-testid': 'npv-note' }, `${label('term', 'npv')}: ${explanation('term', 'npv')}`));

  const milestones = detail.milestones ?? [];
  const steps = el('section', { class: 'milestones', 'aria-labelledby': 'h-milestones' },
    el('h3', { id: 'h-milestones' }, 'Meilensteine'),
    milestones.length === 0
      ? el('p', {}, 'Noch keine Meilensteine gemeldet.')
      : el('ol', { 'data-testid': 'site-milestones' }, milestones.map((m) => {
        const status = String(m.status ?? '').replace('_', '');
        const late = daysLate(m);
        return el('li', { class: `ms ms-${status}${late > 0 ? ' ms-late' : ''}`, 'data-key': m.milestone },
          el('strong', {}, milestoneLabel(m.milestone)), ' · ', milestoneStateLabel(m.status),
          el('span', { class: 'ms-dates' }, ` Plan ${date(m.planned_date)}`, m.actual_date ? ` · Ist ${date(m.actual_date)}` : ''),
          late > 0 ? el('span', { class: 'ms-delay', 'data-testid': 'milestone-delay' }, ` · ${late} Tage verspätet`) : null);
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

/** Days a milestone was (or is, when still open past its plan date) late; 0 when on time. */
function daysLate(m) {
  if (!m.planned_date) return 0;
  const planned = Date.parse(`${m.planned_date}T00:00:00Z`);
  const actual = m.actual_date ? Date.parse(`${m.actual_date}T00:00:00Z`) : NaN;
  return Number.isFinite(actual) && Number.isFinite(planned) ? Math.max(0, Math.round((actual - planned) / 86_400_000)) : 0;
}

// Site search and the keyboard's way to every site: a search (id or part of the name) with a result list, and a
// button listing the sites the map filters show. One match opens the site; several are listed; none is said.
import { el } from './dom.js';
import { compareNames, kindLabel, technologyLabel } from './format.js';

const maxListed = 100;

export class SiteSearch {
  /** getSites(): the visible site records { id, name, district, kind, technology }; onSelect(id) opens a site. */
  constructor(form, { getSites, getAllSites, onSelect }) {
    this.input = form.querySelector('input');
    this.status = document.querySelector('[data-testid="search-status"]');
    this.list = document.querySelector('[data-testid="search-results"]');
    this.getSites = getSites;
    this.getAllSites = getAllSites;
    this.onSelect = onSelect;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.search(this.input.value);
    });
    form.querySelector('.list-all').addEventListener('click', () => this.show(this.getSites(), 'auf der Karte (mit den gewählten Filtern)'));
  }

  search(text) {
    const t = text.trim().toLocaleLowerCase('de-DE');
    if (!t) {
      this.say('Bitte einen Namen oder eine Kennung eingeben.');
      this.list.replaceChildren();
      return;
    }
    const all = this.getAllSites();
    const exact = all.filter((s) => s.id.toLocaleLowerCase('de-DE') === t);
    const matches = exact.length > 0 ? exact
      : all.filter((s) => s.name.toLocaleLowerCase('de-DE').includes(t) || s.id.toLocaleLowerCase('de-DE').includes(t));
    if (matches.length === 0) {
      this.say(`Keine Liegenschaft gefunden für „${text.trim()}“.`);
      this.list.replaceChildren();
    } else if (matches.length === 1) {
      this.say(`1 Treffer: ${matches[0].name || matches[0].id}.`);
      this.list.replaceChildren();
      this.onSelect(matches[0].id);
    } else {
      this.show(matches, `für „${text.trim()}“`);
    }
  }

  show(sites, what) {
    const sorted = [...sites].sort((a, b) => compareNames(a.name || a.id, b.name || b.id));
    const listed = sorted.slice(0, maxListed);
    this.say(`${sorted.length} Treffer ${what}${sorted.length > listed.length ? `, die ersten ${listed.length} gezeigt` : ''}.`);
    this.list.replaceChildren(...listed.map((s) => el('li', {},
      el('button', { type: 'button', class: 'link', 'data-testid': 'search-result', 'data-key': s.id, onclick: () => this.onSelect(s.id) },
        s.name || s.id),
      el('span', { class: 'result-facts' }, ` ${s.id} · ${kindLabel(s.kind)} · ${s.district || '–'} · ${technologyLabel(s.technology)}`))));
  }

  say(text) {
    this.status.textContent = text;
  }
}

// Leaflet map of the latest plan: sites coloured by technology and status, trenches (Tiefbau) and radio links.
// Vector layers only; a tile layer is drawn only when a tile URL is configured (?tiles=…).
import { el } from './dom.js';
import { integer, quarter, technologyColor, technologyColors, technologyLabel } from './format.js';

const trenchColor = '#6d4c41';
const linkColor = '#ef6c00';
const riskColor = '#c62828';

// Leaflet puts a string tooltip in as HTML; names and ids from the data go in as text.
const text = (s) => el('span', {}, s);

export class PlanMap {
  constructor(container, { tileUrl, onSiteSelected }) {
    const L = window.L;
    this.L = L;
    this.onSiteSelected = onSiteSelected;
    this.map = L.map(container, { preferCanvas: false, zoomSnap: 0.25, attributionControl: Boolean(tileUrl) });
    this.map.setView([51.514, 7.465], 11);   // Dortmund, until the data arrives
    if (tileUrl) {
      L.tileLayer(tileUrl, { maxZoom: 19, attribution: 'Kartengrundlage: eingestellter Kachelserver' }).addTo(this.map);
    }
    this.trenches = L.layerGroup().addTo(this.map);
    this.links = L.layerGroup().addTo(this.map);
    this.sites = L.layerGroup().addTo(this.map);
    this.markers = new Map();
    this.fitted = false;
    L.control.layers(null, { 'Liegenschaften': this.sites, 'Tiefbau (Trassen)': this.trenches, 'Richtfunkstrecken': this.links },
      { collapsed: false }).addTo(this.map);
    L.control.scale({ imperial: false }).addTo(this.map);
    // The card grows when the other cards' data arrives (and in wall mode with the screen): Leaflet must be told,
    // and the sites fitted again as long as the user has not picked one.
    new ResizeObserver(() => {
      this.map.invalidateSize();
      if (!this.selected) this.fit();
    }).observe(container);
  }

  fit() {
    if (this.markers.size > 0) {
      this.map.fitBounds(this.L.featureGroup([...this.markers.values()]).getBounds(), { padding: [20, 20] });
    }
  }

  /** features: GeoJSON features of plan-sites, plan-trenches and plan-links; currentQuarter e.g. "2026-Q4". */
  show({ sites, trenches, links }, currentQuarter) {
    const L = this.L;
    this.trenches.clearLayers();
    this.links.clearLayers();
    this.sites.clearLayers();
    this.markers.clear();

    const metres = (m) => (Number.isFinite(m) ? ` · ${integer(m)} m` : '');
    L.geoJSON(trenches, { style: { color: trenchColor, weight: 3, opacity: 0.85 },
      onEachFeature: (f, layer) => {
        const p = f.properties ?? {};
        layer.bindTooltip(text(`${p.kind_label ?? 'Trasse'}${metres(p.trench_m || p.length_m)}${p.dug_quarter ? ` · ${quarter(p.dug_quarter)}` : ''}`));
      } }).addTo(this.trenches);
    L.geoJSON(links, { style: { color: linkColor, weight: 2, dashArray: '6 5', opacity: 0.9 },
      onEachFeature: (f, layer) => {
        const p = f.properties ?? {};
        layer.bindTooltip(text(`Richtfunk ${p.site_id ?? ''} – ${p.hub_id ?? ''}${metres(p.distance_m)}`));
      } }).addTo(this.links);

    for (const f of sites) {
      const p = f.properties ?? {};
      const id = String(p.id ?? f.id);
      const [lon, lat] = f.geometry?.coordinates ?? [];
      if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue;
      const live = p.live_quarter && currentQuarter ? p.live_quarter <= currentQuarter : p.technology === 'keep';
      const marker = L.circleMarker([lat, lon], {
        radius: 7, weight: p.misses_deadline ? 3 : 1.5,
        color: p.misses_deadline ? riskColor : '#263238',
        fillColor: technologyColor(p.technology), fillOpacity: live ? 0.95 : 0.35,
        className: 'site-marker',
      });
      marker.bindTooltip(text(`${p.name ?? id} · ${technologyLabel(p.technology)}${p.live_quarter ? ` · ${quarter(p.live_quarter)}` : ''}`));
      marker.on('click', () => this.onSiteSelected(id));
      marker.on('add', () => {
        const path = marker.getElement();
        if (!path) return;
        path.dataset.siteId = id;
        path.setAttribute('data-testid', 'site-marker');
        path.setAttribute('role', 'button');
        path.setAttribute('tabindex', '0');
        path.addEventListener('keydown', (e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            this.onSiteSelected(id);
          }
        });
        path.setAttribute('aria-label', `${p.name ?? id}: Plan anzeigen`);
      });
      marker.addTo(this.sites);
      this.markers.set(id, marker);
    }

    if (!this.fitted && this.markers.size > 0) {
      this.fit();
      this.fitted = true;
    }
  }

  highlight(siteId) {
    this.selected = siteId;
    for (const [id, marker] of this.markers) {
      marker.getElement()?.classList.toggle('selected', id === siteId);
    }
    const marker = this.markers.get(siteId);
    if (marker) this.map.panTo(marker.getLatLng());
  }

  invalidate() {
    this.map.invalidateSize();
  }
}

export function renderLegend(container) {
  const items = Object.entries(technologyColors).map(([code, color]) =>
    el('li', {}, el('span', { class: 'swatch', style: `background:${color}` }), technologyLabel(code)));
  items.push(
    el('li', {}, el('span', { class: 'swatch hollow' }), 'blass: noch nicht angebunden (Plan)'),
    el('li', {}, el('span', { class: 'swatch risk' }), 'roter Rand: Terminrisiko'),
    el('li', {}, el('span', { class: 'line', style: `border-color:${trenchColor}` }), 'Tiefbau'),
    el('li', {}, el('span', { class: 'line dashed', style: `border-color:${linkColor}` }), 'Richtfunk'));
  container.replaceChildren(el('ul', { 'aria-label': 'Legende' }, items));
}

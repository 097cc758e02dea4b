// Leaflet map of the latest plan: sites as shapes coloured by technology (shape = second cue), filled when connected,
// pale while planned, a red ring when at risk; trenches (Tiefbau), radio links and district outlines with labels.
// The map is one Tab stop (arrow keys pan, +/− zoom); sites are reached by keyboard through the search and its list,
// so neither markers nor trenches are focusable. Many sites are clustered. Vector layers only; tiles only with ?tiles=….
import { el } from './dom.js';
import { districtShapes } from './districts.js';
import { integer, quarter, technologyColor, technologyLabel, technologyShape } from './format.js';
import { drawMapPng, shapeIcon } from './mapShapes.js';

export const trenchColor = '#6d4c41';
export const linkColor = '#7a4e00';
export const riskColor = '#c62828';

// Leaflet puts a string tooltip in as HTML; names and ids from the data go in as text.
const text = (s) => el('span', {}, s);

export class PlanMap {
  constructor(container, { tileUrl, onSiteSelected, clusterFrom = 150 }) {
    const L = window.L;
    this.L = L;
    // Cluster icons and markers must not become Tab stops (Leaflet gives every marker tabindex 0 by default).
    L.Marker.prototype.options.keyboard = false;
    this.onSiteSelected = onSiteSelected;
    this.clusterFrom = clusterFrom;
    this.container = container;
    // maxZoom: the cluster layer needs one, and without tiles nothing else sets it.
    this.map = L.map(container, { zoomControl: false, zoomSnap: 0.25, maxZoom: 19, attributionControl: Boolean(tileUrl) });
    this.map.setView([51.514, 7.465], 11);   // any view until the data arrives
    L.control.zoom({ zoomInTitle: 'Vergrößern', zoomOutTitle: 'Verkleinern' }).addTo(this.map);
    if (tileUrl) {
      L.tileLayer(tileUrl, { maxZoom: 19, attribution: 'Kartengrundlage: eingestellter Kachelserver' }).addTo(this.map);
    }
    this.map.createPane('districts').style.zIndex = '350';
    this.districts = L.layerGroup().addTo(this.map);
    this.trenches = L.layerGroup().addTo(this.map);
    this.links = L.layerGroup().addTo(this.map);
    this.sites = L.layerGroup().addTo(this.map);
    this.records = [];
    this.shapes = [];
    this.filter = {};
    this.atRisk = new Set();
    this.fitted = false;
    this.layerControl = null;
    L.control.scale({ imperial: false }).addTo(this.map);
    // The zoom level as an attribute, for tests and for people inspecting the page.
    this.map.on('zoomend', () => { container.dataset.zoom = String(this.map.getZoom()); });
    container.setAttribute('aria-label',
      'Karte der Liegenschaften. Pfeiltasten verschieben, Plus und Minus zoomen. Liegenschaften über die Suche unter der Karte auswählen.');
    // The card grows when the other cards' data arrives (and in wall mode with the screen): Leaflet must be told, and
    // the view kept on the selected site, or fitted to all sites as long as none is selected.
    new ResizeObserver(() => {
      this.map.invalidateSize();
      this.recentre();
    }).observe(container);
  }

  recentre() {
    const selected = this.records.find((r) => r.id === this.selected);
    if (selected) this.map.panTo([selected.lat, selected.lon], { animate: false });
    else this.fit();
  }

  fit(records = this.visible()) {
    const points = records.map((r) => [r.lat, r.lon]);
    if (points.length > 0) this.map.fitBounds(this.L.latLngBounds(points), { padding: [20, 20], maxZoom: 16, animate: false });
  }

  /** sites, trenches, links: GeoJSON features of plan-sites, -trenches, -links; districts: of the districts layer (may be empty). */
  show({ sites, trenches, links, districts }, currentQuarter) {
    const L = this.L;
    for (const group of [this.trenches, this.links, this.districts]) group.clearLayers();
    this.trenchFeatures = trenches;
    this.linkFeatures = links;
    const lineOptions = { interactive: false, bubblingMouseEvents: false };
    L.geoJSON(trenches, { ...lineOptions, style: { color: trenchColor, weight: 3, opacity: 0.85 } }).addTo(this.trenches);
    L.geoJSON(links, { ...lineOptions, style: { color: linkColor, weight: 2, dashArray: '6 5', opacity: 0.9 } }).addTo(this.links);

    this.records = sites.map((f) => {
      const p = f.properties ?? {};
      const [lon, lat] = f.geometry?.coordinates ?? [];
      return {
        id: String(p.id ?? f.id), name: p.name ?? '', district: p.district ?? '', kind: p.kind ?? '', technology: p.technology ?? 'none',
        liveQuarter: p.live_quarter, misses: Boolean(p.misses_deadline), lat, lon,
        live: p.live_quarter && currentQuarter ? p.live_quarter <= currentQuarter : p.technology === 'keep',
      };
    }).filter((r) => Number.isFinite(r.lat) && Number.isFinite(r.lon));
    for (const r of this.records) r.marker = this.marker(r);

    this.shapes = districtShapes(districts, this.records);
    this.drawDistricts();
    this.applyFilter();
    this.updateLayerControl();
    if (!this.fitted && this.records.length > 0) {
      this.fit();
      this.fitted = true;
    }
  }

  marker(r) {
    const L = this.L;
    const marker = L.marker([r.lat, r.lon], { icon: shapeIcon(L, r, this.atRisk.has(r.id)), keyboard: false, riseOnHover: true });
    marker.bindTooltip(text(`${r.name || r.id} · ${technologyLabel(r.technology)}${r.liveQuarter ? ` · ${quarter(r.liveQuarter)}` : ''}`),
      { direction: 'top', offset: [0, -8] });
    marker.on('click', () => this.onSiteSelected(r.id));
    marker.on('add', () => {
      const node = marker.getElement();
      if (!node) return;
      node.dataset.siteId = r.id;
      node.setAttribute('data-testid', 'site-marker');
      node.classList.toggle('selected', r.id === this.selected);
    });
    return marker;
  }

  drawDistricts() {
    const L = this.L;
    this.districts.clearLayers();
    for (const d of this.shapes) {
      for (const ring of d.rings) {
        L.polygon(ring, { pane: 'districts', interactive: false, color: '#37474f', weight: 1.5, dashArray: d.approximate ? '4 4' : null,
          fill: true, fillOpacity: 0.03 }).addTo(this.districts);
      }
      const label = el('span', {}, d.name);
      L.marker(d.centre, { pane: 'districts', interactive: false, keyboard: false,
        icon: L.divIcon({ className: 'district-label', html: label, iconSize: null }) }).addTo(this.districts);
    }
  }

  updateLayerControl() {
    const approximate = this.shapes.some((d) => d.approximate);
    const districtName = approximate ? 'Stadtbezirke (ungefähre Grenzen, aus den Liegenschaften abgeleitet)' : 'Stadtbezirke';
    this.layerControl?.remove();
    this.layerControl = this.L.control.layers(null,
      { 'Liegenschaften': this.sites, 'Tiefbau (Trassen)': this.trenches, 'Richtfunkstrecken': this.links, [districtName]: this.districts },
      { collapsed: true }).addTo(this.map);
    const toggle = this.layerControl.getContainer().querySelector('.leaflet-control-layers-toggle');
    if (toggle) {
      toggle.title = 'Ebenen';
      toggle.setAttribute('aria-label', 'Ebenen');
    }
    this.layerControl.getContainer().setAttribute('aria-label', 'Ebenen der Karte');
    this.approximateDistricts = approximate;
  }

  /** filter: { district, kind, technology, status: connected|planned|risk } (empty = all); returns the number shown. */
  setFilter(filter) {
    this.filter = filter;
    this.applyFilter();
    return this.visible().length;
  }

  matches(r) {
    const f = this.filter;
    if (f.district && r.district !== f.district) return false;
    if (f.kind && r.kind !== f.kind) return false;
    if (f.technology && r.technology !== f.technology) return false;
    if (f.status === 'connected' && !r.live) return false;
    if (f.status === 'planned' && r.live) return false;
    if (f.status === 'risk' && !(r.misses || this.atRisk.has(r.id))) return false;
    return true;
  }

  visible() {
    return this.records.filter((r) => this.matches(r));
  }

  applyFilter() {
    const L = this.L;
    const shown = this.visible();
    this.map.removeLayer(this.sites);
    const cluster = shown.length >= this.clusterFrom && typeof L.markerClusterGroup === 'function';
    this.sites = cluster
      ? L.markerClusterGroup({ maxClusterRadius: 40, showCoverageOnHover: false, disableClusteringAtZoom: 16, iconCreateFunction: clusterIcon })
      : L.layerGroup();
    this.sites.addLayers ? this.sites.addLayers(shown.map((r) => r.marker)) : shown.forEach((r) => this.sites.addLayer(r.marker));
    this.sites.addTo(this.map);
    if (this.layerControl) this.updateLayerControl();
  }

  /** Sites at risk by the status (issue 12): drawn with the risk ring and counted by the status filter "Terminrisiko". */
  setRisks(siteIds) {
    this.atRisk = new Set(siteIds);
    for (const r of this.records) r.marker.setIcon(shapeIcon(this.L, r, this.atRisk.has(r.id)));
    this.applyFilter();
  }

  zoomToDistrict(name) {
    const shape = this.shapes.find((d) => d.name === name);
    const points = shape?.rings.flat() ?? [];
    if (points.length > 0) this.map.fitBounds(this.L.latLngBounds(points), { padding: [10, 10], animate: false });
    else this.fit(this.records.filter((r) => r.district === name));
  }

  highlight(siteId) {
    this.selected = siteId;
    for (const r of this.records) r.marker.getElement()?.classList.toggle('selected', r.id === siteId);
    const record = this.records.find((r) => r.id === siteId);
    if (!record) return;
    if (this.sites.zoomToShowLayer) this.sites.zoomToShowLayer(record.marker, () => this.map.panTo([record.lat, record.lon]));
    else this.map.panTo([record.lat, record.lon]);
  }

  invalidate() {
    this.map.invalidateSize();
    this.recentre();
  }

  /** The map as shown (districts, trenches, links, the visible sites), drawn on a canvas: a promise of the PNG. */
  toPng(title) {
    return drawMapPng(this, title);
  }
}

function clusterIcon(cluster) {
  const count = cluster.getChildCount();
  const size = count < 10 ? 30 : count < 100 ? 36 : 44;
  return window.L.divIcon({ className: 'site-cluster', html: el('span', {}, integer(count)), iconSize: [size, size] });
}

export function renderLegend(container, codes) {
  const items = codes.map((code) => el('li', {}, legendShape(code), technologyLabel(code)));
  items.push(
    el('li', {}, legendShape('fibre', 'planned'), 'blass: noch nicht angebunden (Plan)'),
    el('li', {}, legendShape('fibre', 'risk'), 'roter Ring: Terminrisiko'),
    el('li', {}, el('span', { class: 'line', style: { borderColor: trenchColor } }), 'Tiefbau'),
    el('li', {}, el('span', { class: 'line dashed', style: { borderColor: linkColor } }), 'Richtfunk'),
    el('li', {}, el('span', { class: 'line dotted' }), 'Stadtbezirk (gestrichelt: ungefähre Grenze)'));
  container.replaceChildren(el('ul', { 'aria-label': 'Legende' }, items));
}

function legendShape(code, state = 'live') {
  const node = shapeIcon(window.L, { technology: code, live: state !== 'planned' }, state === 'risk').options.html;
  return el('span', { class: `legend-shape shape-${technologyShape(code)}`, 'aria-hidden': 'true', style: { color: technologyColor(code) } }, node);
}

// Marker shapes (one per technology, so that colour is not the only cue) as SVG for the map and as canvas paths for
// the map's PNG.
import { svg } from './dom.js';
import { technologyColor, technologyShape } from './format.js';

const size = 18;
const outline = '#1b262c';
const riskColor = '#c62828';

/** SVG path data of a shape in an 18×18 box. */
const paths = {
  circle: 'M9 2.5a6.5 6.5 0 1 1 0 13a6.5 6.5 0 1 1 0-13z',
  triangle: 'M9 1.8L16.4 15.2H1.6z',
  square: 'M3 3H15V15H3z',
  diamond: 'M9 1.2L16.8 9L9 16.8L1.2 9z',
  cross: 'M4 2.2L9 7.2L14 2.2L15.8 4L10.8 9L15.8 14L14 15.8L9 10.8L4 15.8L2.2 14L7.2 9L2.2 4z',
};

/** The Leaflet icon of a site record ({ technology, live }); a red ring when at risk. */
export function shapeIcon(L, record, atRisk) {
  const shape = technologyShape(record.technology);
  const risk = atRisk || record.misses;
  const node = svg('svg', { viewBox: `-3 -3 ${size + 6} ${size + 6}`, width: size + 6, height: size + 6, 'aria-hidden': 'true', focusable: 'false' },
    risk ? svg('circle', { cx: 9, cy: 9, r: 11, fill: 'none', stroke: riskColor, 'stroke-width': 2.5 }) : null,
    svg('path', { d: paths[shape], fill: technologyColor(record.technology), 'fill-opacity': record.live ? 1 : 0.35,
      stroke: outline, 'stroke-width': 1.4 }));
  return L.divIcon({ className: `site-icon shape-${shape}${record.live ? '' : ' planned'}${risk ? ' risk' : ''}`, html: node,
    iconSize: [size + 6, size + 6] });
}

function line(ctx, map, coordinates) {
  ctx.beginPath();
  coordinates.forEach(([lon, lat], i) => {
    const p = map.latLngToContainerPoint([lat, lon]);
    if (i === 0) ctx.moveTo(p.x, p.y);
    else ctx.lineTo(p.x, p.y);
  });
  ctx.stroke();
}

function lines(ctx, map, features) {
  for (const f of features ?? []) {
    const g = f.geometry;
    if (g?.type === 'LineString') line(ctx, map, g.coordinates);
    else if (g?.type === 'MultiLineString') g.coordinates.forEach((c) => line(ctx, map, c));
  }
}

/** Draws what the map shows onto a canvas of the map's size: a promise of the PNG. */
export function drawMapPng(planMap, title) {
  const { map } = planMap;
  const box = map.getSize();
  const scale = window.devicePixelRatio || 1;
  const canvas = document.createElement('canvas');
  canvas.width = box.x * scale;
  canvas.height = box.y * scale;
  const ctx = canvas.getContext('2d');
  ctx.scale(scale, scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, box.x, box.y);
  const on = (layer) => map.hasLayer(layer);

  if (on(planMap.districts)) {
    ctx.strokeStyle = '#37474f';
    ctx.lineWidth = 1.5;
    for (const d of planMap.shapes) {
      ctx.setLineDash(d.approximate ? [4, 4] : []);
      for (const ring of d.rings) line(ctx, map, [...ring, ring[0]].map(([lat, lon]) => [lon, lat]));
    }
    ctx.setLineDash([]);
  }
  if (on(planMap.trenches)) {
    ctx.strokeStyle = '#6d4c41';
    ctx.lineWidth = 3;
    lines(ctx, map, planMap.trenchFeatures);
  }
  if (on(planMap.links)) {
    ctx.strokeStyle = '#7a4e00';
    ctx.lineWidth = 2;
    ctx.setLineDash([6, 5]);
    lines(ctx, map, planMap.linkFeatures);
    ctx.setLineDash([]);
  }
  if (on(planMap.sites)) {
    for (const r of planMap.visible()) {
      const p = map.latLngToContainerPoint([r.lat, r.lon]);
      if (p.x < -10 || p.y < -10 || p.x > box.x + 10 || p.y > box.y + 10) continue;
      ctx.save();
      ctx.translate(p.x - size / 2, p.y - size / 2);
      if (r.misses || planMap.atRisk.has(r.id)) {
        ctx.strokeStyle = riskColor;
        ctx.lineWidth = 2.5;
        ctx.beginPath();
        ctx.arc(9, 9, 11, 0, 2 * Math.PI);
        ctx.stroke();
      }
      const path = new Path2D(paths[technologyShape(r.technology)]);
      ctx.globalAlpha = r.live ? 1 : 0.35;
      ctx.fillStyle = technologyColor(r.technology);
      ctx.fill(path);
      ctx.globalAlpha = 1;
      ctx.strokeStyle = outline;
      ctx.lineWidth = 1.4;
      ctx.stroke(path);
      ctx.restore();
    }
  }
  if (on(planMap.districts)) {
    ctx.font = '600 13px sans-serif';
    ctx.textAlign = 'center';
    ctx.fillStyle = '#1b262c';
    for (const d of planMap.shapes) {
      const p = map.latLngToContainerPoint(d.centre);
      ctx.fillText(d.name, p.x, p.y);
    }
  }
  ctx.textAlign = 'left';
  ctx.font = '600 14px sans-serif';
  ctx.fillStyle = '#1b262c';
  ctx.fillText(title, 10, box.y - 10);
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
}

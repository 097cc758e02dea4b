// District outlines for the map: the imported districts layer when there is one (official boundaries), else an
// approximate outline per district derived from its sites (convex hull, widened a little), labelled as approximate.

/** Andrew's monotone chain: the convex hull of [lon, lat] points, counter-clockwise, without repeating the first point. */
export function convexHull(points) {
  const p = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (p.length < 3) return p;
  const cross = (o, a, b) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const half = (list) => {
    const out = [];
    for (const q of list) {
      while (out.length >= 2 && cross(out.at(-2), out.at(-1), q) <= 0) out.pop();
      out.push(q);
    }
    out.pop();
    return out;
  };
  return [...half(p), ...half([...p].reverse())];
}

/** Moves each hull point away from the centre by a fraction, so that the sites on the edge lie inside the outline. */
function widen(hull, centre, factor) {
  return hull.map(([x, y]) => [centre[0] + (x - centre[0]) * factor, centre[1] + (y - centre[1]) * factor]);
}

function mean(points) {
  const n = points.length;
  return [points.reduce((s, q) => s + q[0], 0) / n, points.reduce((s, q) => s + q[1], 0) / n];
}

/**
 * Districts to draw: [{ name, approximate, rings: [[[lat, lon], …], …], centre: [lat, lon] }].
 * imported: GeoJSON features of the districts layer (may be empty); sites: [{ district, lat, lon }].
 */
export function districtShapes(imported, sites) {
  const official = (imported ?? []).filter((f) => f.geometry && (f.properties?.name ?? f.properties?.stadtbezirk));
  if (official.length > 0) {
    return official.map((f) => {
      const polygons = f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : [f.geometry.coordinates];
      const rings = polygons.map((polygon) => polygon[0].map(([lon, lat]) => [lat, lon]));
      const outer = polygons.flatMap((polygon) => polygon[0]);
      const [lon, lat] = mean(outer);
      return { name: String(f.properties.name ?? f.properties.stadtbezirk), approximate: false, rings, centre: [lat, lon] };
    });
  }
  const byDistrict = new Map();
  for (const s of sites) {
    if (!s.district) continue;
    if (!byDistrict.has(s.district)) byDistrict.set(s.district, []);
    byDistrict.get(s.district).push([s.lon, s.lat]);
  }
  return [...byDistrict].map(([name, points]) => {
    const centre = mean(points);
    const hull = points.length >= 3 ? widen(convexHull(points), centre, 1.08) : [];
    return { name, approximate: true, rings: hull.length >= 3 ? [hull.map(([lon, lat]) => [lat, lon])] : [], centre: [centre[1], centre[0]] };
  });
}

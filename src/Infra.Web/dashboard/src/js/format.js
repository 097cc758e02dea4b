// German number, money and date formatting (de-DE), and the German labels of codes from the one glossary (GET /api/glossary).

const percentFormat = new Intl.NumberFormat('de-DE', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
const euroFormat = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0, minimumFractionDigits: 0 });
const integerFormat = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 0 });
const dateFormat = new Intl.DateTimeFormat('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
const timeFormat = new Intl.DateTimeFormat('de-DE', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Berlin' });
const berlinDateFormat = new Intl.DateTimeFormat('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Europe/Berlin' });

const dash = '–';

/** 0.874 -> "87,4 %" */
export function percent(share) {
  return Number.isFinite(share) ? percentFormat.format(share) : dash;
}

/** 1234567.4 -> "1.234.567 €" */
export function euro(value) {
  return Number.isFinite(value) ? euroFormat.format(value) : dash;
}

/** 1234567 -> "1.234.567" */
export function integer(value) {
  return Number.isFinite(value) ? integerFormat.format(value) : dash;
}

/** "2028-06-30" -> "30.06.2028" */
export function date(isoDate) {
  if (!isoDate) return dash;
  const d = new Date(String(isoDate).length === 10 ? `${isoDate}T00:00:00Z` : isoDate);
  return Number.isNaN(d.getTime()) ? String(isoDate) : dateFormat.format(d);
}

/** ISO timestamp -> "23.11.2026 14:15" (Berlin time; the one date format dd.MM.yyyy, with the time) */
export function dateTime(isoTimestamp) {
  if (!isoTimestamp) return dash;
  const d = new Date(isoTimestamp);
  return Number.isNaN(d.getTime()) ? String(isoTimestamp) : `${berlinDateFormat.format(d)} ${timeFormat.format(d)}`;
}

/** The time of day of a Date, "14:15" (Berlin time). */
export function timeOfDay(d) {
  return timeFormat.format(d);
}

/** Percentage points: -3.25 -> "−3,3 Pp.", 0 -> "±0,0 Pp." */
export function points(value) {
  if (!Number.isFinite(value)) return dash;
  const text = pointsFormat.format(Math.abs(value));
  const sign = value > 0 ? '+' : value < 0 ? '−' : '±';
  return `${sign}${text} Pp.`;
}

const pointsFormat = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** "2027-Q3" -> "Q3/2027" (as the CLI writes it); other strings pass through. */
export function quarter(code) {
  if (!code) return dash;
  const m = /^(\d{4})-?Q([1-4])$/i.exec(code);
  return m ? `Q${m[2]}/${m[1]}` : code;
}

const glossary = new Map();
let collator = new Intl.Collator('de-u-co-phonebk');

/** Takes the glossary document of GET /api/glossary: { domains: [{ name, entries: [{ code, label, explanation }] }], collation }. */
export function setGlossary(document) {
  glossary.clear();
  for (const domain of document?.domains ?? []) {
    glossary.set(domain.name, new Map(domain.entries.map((e) => [e.code, e])));
  }
  if (document?.collation) collator = new Intl.Collator(document.collation);
}

/** The German label of a code in a glossary domain; the code itself when unknown. */
export function label(domain, code) {
  return glossary.get(domain)?.get(String(code ?? ''))?.label ?? (code ?? dash);
}

/** The short explanation of a glossary entry (e.g. term "npv"), or ''. */
export function explanation(domain, code) {
  return glossary.get(domain)?.get(String(code ?? ''))?.explanation ?? '';
}

/** German order of names (DIN 5007-2: Hörde before Hombruch), as the server sorts. */
export function compareNames(a, b) {
  return collator.compare(String(a ?? ''), String(b ?? ''));
}

// Okabe–Ito colours (distinguishable for colour-blind readers) with different lightness, so that they stay apart in
// greyscale too; each technology also has its own marker shape (the second cue).
export const technologyColors = {
  fibre: '#0072b2',
  radio: '#e69f00',
  leased: '#cc79a7',
  keep: '#009e73',
  none: '#595959',
};

export const technologyShapes = {
  fibre: 'circle',
  radio: 'triangle',
  leased: 'square',
  keep: 'diamond',
  none: 'cross',
};

/** Sorts items by a name in German order. */
export function sortByName(items, name) {
  return [...items].sort((a, b) => compareNames(name(a), name(b)));
}

export function technologyLabel(code) {
  return label('technology', code);
}

export function technologyColor(code) {
  return technologyColors[code] ?? technologyColors.none;
}

export function technologyShape(code) {
  return technologyShapes[code] ?? technologyShapes.none;
}

export function kindLabel(code) {
  return label('site_kind', code);
}

export function jobKindLabel(kind) {
  const key = typeof kind === 'number'
    ? ['solve', 'progress_import', 'kpi_snapshot', 'deadline_risk', 'replan'][kind]
    : String(kind ?? '').replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();
  return label('job_kind', key);
}

export function jobStateLabel(state) {
  return label('job_state', String(state ?? '').toLowerCase());
}

export function milestoneLabel(code) {
  return label('milestone', code);
}

export function milestoneStateLabel(code) {
  return label('milestone_state', code);
}

// German number, money and date formatting (de-DE), plus the German labels of the API's codes.

const percentFormat = new Intl.NumberFormat('de-DE', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
const euroFormat = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0, minimumFractionDigits: 0 });
const integerFormat = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 0 });
const dateFormat = new Intl.DateTimeFormat('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
const dateTimeFormat = new Intl.DateTimeFormat('de-DE', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Berlin' });

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

/** ISO timestamp -> "23.11.26, 14:15" (Berlin time) */
export function dateTime(isoTimestamp) {
  if (!isoTimestamp) return dash;
  const d = new Date(isoTimestamp);
  return Number.isNaN(d.getTime()) ? String(isoTimestamp) : dateTimeFormat.format(d);
}

/** "2027-Q3" -> "Q3 2027"; other strings pass through. */
export function quarter(code) {
  if (!code) return dash;
  const m = /^(\d{4})-?Q([1-4])$/i.exec(code);
  return m ? `Q${m[2]} ${m[1]}` : code;
}

export const technologies = {
  fibre: { label: 'LWL', color: '#1565c0' },
  radio: { label: 'Richtfunk', color: '#ef6c00' },
  leased: { label: 'Mietleitung', color: '#7b1fa2' },
  keep: { label: 'Bestand', color: '#2e7d32' },
  none: { label: 'ohne Anbindung', color: '#757575' },
};

export function technologyLabel(code) {
  return technologies[code]?.label ?? code ?? dash;
}

export function technologyColor(code) {
  return technologies[code]?.color ?? '#757575';
}

// Site kinds arrive as the German codes of the GeoJSON layer (Schule, Kita, …); enum names are mapped too.
const kindLabels = {
  school: 'Schule', kita: 'Kita', office: 'Verwaltung', firestation: 'Feuerwehr', library: 'Bibliothek',
  youthcentre: 'Jugendeinrichtung', sportsfacility: 'Sportstätte', other: 'Sonstige',
};

export function kindLabel(code) {
  return kindLabels[String(code ?? '').replace(/[-_]/g, '').toLowerCase()] ?? code ?? dash;
}

const jobKinds = {
  solve: 'Plan rechnen', progressimport: 'Fortschritt einlesen', kpisnapshot: 'Kennzahlen-Stichtag',
  deadlinerisk: 'Terminrisiko prüfen', replan: 'Neuplanung',
};
const jobKindByNumber = ['solve', 'progressimport', 'kpisnapshot', 'deadlinerisk', 'replan'];

export function jobKindLabel(kind) {
  const key = typeof kind === 'number' ? jobKindByNumber[kind] : String(kind ?? '').replace(/[-_]/g, '').toLowerCase();
  return jobKinds[key] ?? String(kind ?? dash);
}

const jobStates = { queued: 'wartet', running: 'läuft', succeeded: 'erfolgreich', failed: 'fehlgeschlagen', cancelled: 'abgebrochen' };

export function jobStateLabel(state) {
  return jobStates[String(state ?? '').toLowerCase()] ?? String(state ?? dash);
}

const milestoneStates = { offen: 'offen', inarbeit: 'in Arbeit', erledigt: 'erledigt' };

export function milestoneStateLabel(status) {
  const key = typeof status === 'number' ? ['offen', 'inarbeit', 'erledigt'][status] : String(status ?? '').toLowerCase();
  return milestoneStates[key] ?? String(status ?? dash);
}

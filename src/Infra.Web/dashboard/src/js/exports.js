// Downloads: every table as CSV (what it shows, German formats, ';' separated, UTF-8 with BOM for spreadsheet programs),
// every chart and the map as PNG. Buttons are added next to what they export; the files are made in the browser.
import { el } from './dom.js';

/** Saves a Blob under a file name. */
export function download(fileName, content) {
  const url = URL.createObjectURL(content);
  const link = el('a', { href: url, download: fileName, class: 'visually-hidden' });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function csvField(text) {
  const t = String(text ?? '').replace(/\s+/g, ' ').trim();
  return /[";\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
}

/** The rows of a table (head, body, foot) as CSV text; cells of buttons and links give their text. */
export function tableToCsv(table) {
  const lines = [...table.rows]
    .filter((row) => !row.classList.contains('empty'))
    .map((row) => [...row.cells].map((cell) => csvField(cell.dataset.csv ?? cell.textContent)).join(';'));
  return `${lines.join('\r\n')}\r\n`;
}

/** Adds a "CSV" button before the table: downloads it as NAME.csv. */
export function addCsvButton(table, name, caption) {
  if (table.previousElementSibling?.classList.contains('export-bar')) return;
  const button = el('button', { type: 'button', class: 'export', 'data-testid': `csv-${name}`, 'aria-label': `${caption} als CSV herunterladen` }, 'CSV');
  button.addEventListener('click', () => download(`${name}.csv`, new Blob(['\uFEFF', tableToCsv(table)], { type: 'text/csv;charset=utf-8' })));
  table.before(el('div', { class: 'export-bar' }, button));
}

/** Adds a "PNG" button to a card: downloads what render() returns (a promise of a PNG Blob) as NAME.png. */
export function addPngButton(container, name, caption, render) {
  const button = el('button', { type: 'button', class: 'export', 'data-testid': `png-${name}`, 'aria-label': `${caption} als PNG herunterladen` }, 'PNG');
  button.addEventListener('click', async () => download(`${name}.png`, await render()));
  container.append(button);
  return button;
}

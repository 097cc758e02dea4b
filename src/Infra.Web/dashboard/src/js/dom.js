// Tiny DOM helpers: build elements without innerHTML, so that names from the data can never inject markup.

/** el('td', { class: 'num', dataset: { value: 1 } }, 'text', childNode) */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'dataset') Object.assign(node.dataset, value);
    // Styles through the CSSOM, never as an attribute: a strict Content-Security-Policy blocks style attributes.
    else if (name === 'style') Object.assign(node.style, value);
    else if (name === 'class') node.className = value;
    else if (name.startsWith('on') && typeof value === 'function') node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

/** A table cell holding a formatted number, the raw value in data-value for tests and screen readers' neighbours. */
export function numCell(text, value, testId) {
  return el('td', { class: 'num', 'data-testid': testId, dataset: value === undefined || value === null ? {} : { value: String(value) } }, text);
}

/** Replaces the rows of a table body; with no rows, shows one row saying so. */
export function fillRows(table, rows, emptyText = 'Keine Einträge') {
  const body = table.tBodies[0];
  body.replaceChildren(...rows);
  if (rows.length === 0) {
    const columns = table.tHead?.rows[0]?.cells.length || 1;
    body.append(el('tr', { class: 'empty' }, el('td', { colspan: columns }, emptyText)));
  }
}

/** Marks a card as failed (or clears the mark) with a short German message. */
export function showError(card, error) {
  let note = card.querySelector(':scope > .error');
  if (!error) {
    note?.remove();
    return;
  }
  if (!note) {
    note = el('p', { class: 'error', role: 'status' });
    (card.querySelector('h2') ?? card.querySelector('.subtitle'))?.after(note);
  }
  const status = error.status ? ` (HTTP ${error.status})` : '';
  note.textContent = `Daten nicht verfügbar${status}.`;
  note.title = error.message ?? '';
}

/** An SVG element (namespace-aware counterpart of el). */
export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== undefined && value !== null && value !== false) node.setAttribute(name, String(value));
  }
  node.append(...children.flat().filter(Boolean));
  return node;
}

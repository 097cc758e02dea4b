// Planer actions in the browser: choose a scenario by its description, run it as a background job with the Planer's
// API key (kept in this tab's session storage only), follow its progress and cancel it; cancel runs in the job list.
import { api } from './api.js';
import { el } from './dom.js';
import { jobStateLabel, percent } from './format.js';

const keyStorage = 'infra.planerKey';
const q = (testId) => document.querySelector(`[data-testid="${testId}"]`);
const finished = new Set(['succeeded', 'failed', 'cancelled']);

export class PlanerActions {
  /** onChange(): called when a run changed state (the page reloads its job list and plans). */
  constructor({ onChange, pollMs = 1000 }) {
    this.onChange = onChange;
    this.pollMs = pollMs;
    this.runId = null;
    this.keyInput = q('planer-key');
    this.keyInput.value = sessionStorage.getItem(keyStorage) ?? '';
    this.keyInput.addEventListener('change', () => sessionStorage.setItem(keyStorage, this.keyInput.value.trim()));
    this.select = q('planer-scenario');
    this.select.addEventListener('change', () => this.describe());
    q('planer-form').addEventListener('submit', (e) => {
      e.preventDefault();
      this.run();
    });
    q('planer-cancel').addEventListener('click', () => this.cancel(this.runId));
  }

  get key() {
    return this.keyInput.value.trim();
  }

  /** GET /api/scenarios: [{ name, file, description, error }]; options show the description, the file below. */
  fillScenarios(scenarios) {
    const keep = this.select.value;
    this.scenarios = scenarios;
    this.select.replaceChildren(...scenarios.map((s) => el('option', { value: s.name, disabled: Boolean(s.error), selected: s.name === keep },
      s.description ? s.description : s.name)));
    this.describe();
  }

  describe() {
    const s = (this.scenarios ?? []).find((x) => x.name === this.select.value);
    q('planer-scenario-file').textContent = s ? `Datei ${s.file}${s.error ? ` – fehlerhaft: ${s.error}` : ''}` : '';
  }

  async run() {
    if (!this.key) {
      this.error('Bitte den API-Schlüssel der Rolle Planer eingeben.');
      return;
    }
    sessionStorage.setItem(keyStorage, this.key);
    q('planer-status').hidden = false;
    q('planer-state').textContent = 'Auftrag wird eingereiht …';
    q('planer-state').dataset.value = 'submitting';
    q('planer-cancel').hidden = true;
    try {
      const answer = await api.runScenario(this.select.value, this.key);
      this.error(null);
      this.follow(answer.runId);
      this.onChange();
    } catch (e) {
      q('planer-status').hidden = true;
      this.error(explain(e));
    }
  }

  follow(runId) {
    this.runId = runId;
    q('planer-status').hidden = false;
    clearTimeout(this.timer);
    const poll = async () => {
      try {
        const run = await api.job(runId);
        this.showRun(run);
        if (finished.has(String(run.state).toLowerCase())) {
          this.onChange();
          return;
        }
      } catch (e) {
        this.error(explain(e));
      }
      this.timer = setTimeout(poll, this.pollMs);
    };
    poll();
  }

  showRun(run) {
    const state = String(run.state).toLowerCase();
    q('planer-state').textContent = `Lauf ${run.runId}: ${jobStateLabel(state)}${Number.isFinite(run.progress) ? ` (${percent(run.progress)})` : ''}`;
    q('planer-state').dataset.value = state;
    const progress = q('planer-progress');
    progress.value = Number.isFinite(run.progress) ? run.progress : 0;
    q('planer-message').textContent = run.message ?? '';
    q('planer-cancel').hidden = finished.has(state);
  }

  async cancel(runId) {
    if (!runId) return;
    if (!this.key) {
      this.error('Zum Abbrechen bitte den API-Schlüssel der Rolle Planer eingeben (Szenario rechnen).');
      return;
    }
    try {
      await api.cancelJob(runId, this.key);
      this.error(null);
      if (runId === this.runId) this.follow(runId);
      this.onChange();
    } catch (e) {
      this.error(explain(e));
    }
  }

  error(text) {
    const node = q('planer-error');
    node.hidden = !text;
    node.textContent = text ?? '';
  }
}

function explain(e) {
  if (e?.status === 401) return 'Der API-Schlüssel ist unbekannt.';
  if (e?.status === 403) return 'Der API-Schlüssel gehört nicht zur Rolle Planer.';
  return `Das hat nicht geklappt${e?.status ? ` (HTTP ${e.status})` : ''}${e?.detail ? `: ${e.detail}` : '.'}`;
}

/**
 * The desk editor (dist/editor.html): load a story, edit it in forms with
 * every rule checked at its field as the editor types, see every card change
 * in the preview, and publish a new story.json with its log entry and a diff
 * of what readers will see change. Static: no server, no account; the story
 * never leaves the browser except as the file the editor saves.
 */
import storyJson from '../../data/story.json' with { type: 'json' };
import { MAX_JSON_BYTES } from '../guards/limits.js';
import { quoted } from '../guards/quote.js';
import { allowedSrcUrl, srcRule, type SrcRule } from '../guards/src-rule.js';
import type { Story } from '../data/schema.js';
import { LoadError, readCapped } from '../data/data-loader.js';
import { WIDGETS } from '../widgets.js';
import { checkStory, storyFor, type Problem } from './check.js';
import { buildForms, isObject, safeKey } from './forms.js';
import { CARD_TAGS, Preview, lineDiff, readerLines } from './preview.js';
import { el, fieldId, problemId, setUiLang, tr, uiLang, type UiLang } from './ui.js';

type Json = Record<string, unknown>;
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** The story as edited, and as it was loaded (what readers see now: the diff's "before"). */
let model: Json = clone(storyJson) as unknown as Json;
let original: Json = clone(model);
let problems: Problem[] = [];

const root = document.getElementById('editor-root')!;
const preview = new Preview();
const loadStatus = el('p', { class: 'status', role: 'status' });
const problemsBox = el('section', { class: 'problems', 'aria-labelledby': 'problems-heading' });
const countLine = el('p', { class: 'count', role: 'status' });
const formsBox = el('div', { class: 'forms-box' });
const publishBox = el('section', { class: 'publish', 'aria-labelledby': 'publish-heading' });
/** Where cards are rendered out of sight to read their text for the diff. */
const offscreen = el('div', { class: 'offscreen', 'aria-hidden': 'true' });
/** The log entry as typed, kept across rebuilds. */
const entry = { date: '', what: { it: '', en: '' }, why: { it: '', en: '' }, correction: false, document: '' };

function render(): void {
  document.documentElement.lang = uiLang();
  document.title = tr('title');
  const langSelect = el(
    'select',
    { id: 'ui-lang' },
    el('option', { value: 'it' }, 'Italiano'),
    el('option', { value: 'en' }, 'English'),
  );
  langSelect.value = uiLang();
  langSelect.addEventListener('change', () => {
    setUiLang(langSelect.value as UiLang);
    render();
    document.getElementById('ui-lang')?.focus();
  });
  const header = el(
    'header',
    { class: 'masthead' },
    el('h1', {}, tr('title')),
    el('p', {}, tr('intro')),
    el('p', { class: 'ui-lang' }, el('label', { for: 'ui-lang' }, tr('uiLang')), ' ', langSelect),
  );
  root.replaceChildren(
    header,
    el(
      'main',
      {},
      loadSection(),
      problemsBox,
      el('div', { class: 'columns' }, el('div', { class: 'edit' }, formsBox, publishBox), preview.root),
      offscreen,
    ),
  );
  preview.render();
  rebuildForms();
  renderPublish();
}

function loadSection(): HTMLElement {
  const bundled = el('button', { type: 'button', id: 'load-bundled' }, tr('load.bundled'));
  bundled.addEventListener('click', () => loaded(clone(storyJson) as unknown, tr('load.bundledName')));
  const file = el('input', { type: 'file', id: 'load-file', accept: '.json,application/json' });
  file.addEventListener('change', () => file.files?.[0] && readFile(file.files[0]));
  const url = el('input', { type: 'url', id: 'load-url', inputmode: 'url', autocomplete: 'off' });
  const go = el('button', { type: 'button', id: 'load-url-button' }, tr('load.urlButton'));
  go.addEventListener('click', () => void fetchStory(url.value));
  const section = el(
    'section',
    { class: 'load', 'aria-labelledby': 'load-heading' },
    el('h2', { id: 'load-heading' }, tr('load.heading')),
    el('p', {}, bundled),
    el(
      'p',
      { class: 'drop' },
      el('label', { for: 'load-file' }, tr('load.file')),
      ' ',
      file,
      ' ',
      el('span', {}, tr('load.drop')),
    ),
    el('p', {}, el('label', { for: 'load-url' }, tr('load.url')), ' ', url, ' ', go),
    loadStatus,
  );
  section.addEventListener('dragover', (event) => event.preventDefault());
  section.addEventListener('drop', (event) => {
    event.preventDefault();
    const dropped = event.dataTransfer?.files?.[0];
    if (dropped) void readFile(dropped);
  });
  return section;
}

function failed(what: string, why: string, detail: string): void {
  loadStatus.setAttribute('role', 'alert');
  loadStatus.textContent = tr('load.failed', { what, why });
  // The name or URL is a stranger's: for the console, quoted and cut.
  console.warn(`[dprk-russia-widgets editor] could not load ${quoted(what)}: ${detail}`);
}

async function readFile(file: File): Promise<void> {
  const name = file.name.slice(0, 80);
  if (file.size > MAX_JSON_BYTES) return failed(name, tr('load.tooLarge', { max: MAX_JSON_BYTES }), 'too large');
  parseAndLoad(await file.text(), name);
}

function parseAndLoad(text: string, what: string): void {
  if (text.length > MAX_JSON_BYTES || new TextEncoder().encode(text).length > MAX_JSON_BYTES)
    return failed(what, tr('load.tooLarge', { max: MAX_JSON_BYTES }), 'too large');
  // A story is a few levels deep; a file nested thousands deep would overflow the forms' recursion.
  if (nestedDeeper(text, MAX_DEPTH)) return failed(what, tr('load.tooDeep', { max: MAX_DEPTH }), 'nested too deep');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return failed(what, tr('load.notJson'), String(error));
  }
  loaded(json, what);
}

/**
 * Where the page may load a story from: the folder the widgets are deployed in
 * (the editor's own), and the origins and folders it lists (`drw-src-origins`),
 * as the embed page. Not its whole origin: on a shared host the files beside
 * that folder may be anyone's.
 */
function srcRules(): SrcRule[] {
  const listed = document.querySelector('meta[name="drw-src-origins"]')?.getAttribute('content') ?? '';
  return [new URL('./', document.baseURI).href, ...listed.split(/\s+/).filter(Boolean)]
    .map(srcRule)
    .filter((r): r is SrcRule => r !== null);
}

async function fetchStory(raw: string): Promise<void> {
  const what = raw.trim().slice(0, 200);
  const url = allowedSrcUrl(raw.trim(), location.href, srcRules());
  if (!url) return failed(what, tr('load.badUrl'), 'url refused');
  let text: string;
  try {
    const response = await fetch(url, { credentials: 'omit', redirect: 'error', cache: 'no-cache' });
    if (!response.ok) return failed(what, tr('load.network'), `HTTP ${response.status}`);
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > MAX_JSON_BYTES) return failed(what, tr('load.tooLarge', { max: MAX_JSON_BYTES }), 'too large');
    text = await readCapped(response, MAX_JSON_BYTES);
  } catch (error) {
    if (error instanceof LoadError && error.reason === 'size')
      return failed(what, tr('load.tooLarge', { max: MAX_JSON_BYTES }), 'too large');
    return failed(what, tr('load.network'), String(error));
  }
  parseAndLoad(text, what);
}

/** How deep a loaded file may nest objects and arrays (the bundled story goes six levels down). */
const MAX_DEPTH = 64;

/** Whether the JSON text opens more than `max` objects or arrays inside one another (strings skipped). */
function nestedDeeper(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // a backslash escapes the next character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > max) return true;
    } else if (c === 125 || c === 93) depth--;
  }
  return false;
}

/**
 * The first key of `json` that a field's path could not name safely: one that
 * reaches an object's prototype, or one with a dot that reads as two keys.
 */
function unsafeKey(json: unknown): string | null {
  const stack: unknown[] = [json];
  while (stack.length) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    for (const [key, value] of Object.entries(node)) {
      if (!safeKey(key)) return key;
      stack.push(value);
    }
  }
  return null;
}

function loaded(json: unknown, what: string): void {
  if (!isObject(json)) {
    parseFailed(what);
    return;
  }
  // Loading over edits not yet published loses them: the editor says so first.
  if (unpublished() && !window.confirm(tr('load.confirmDiscard'))) {
    loadStatus.setAttribute('role', 'status');
    loadStatus.textContent = tr('load.kept', { what });
    return;
  }
  const bad = unsafeKey(json);
  if (bad !== null) return failed(what, tr('load.badKey', { key: bad.slice(0, 60) }), `key ${quoted(bad)} refused`);
  model = json;
  original = clone(json);
  resetEntry();
  loadStatus.setAttribute('role', 'status');
  loadStatus.textContent = tr('load.loaded', { what });
  rebuildForms();
  renderPublish();
}

function parseFailed(what: string): void {
  failed(what, tr('load.notJson'), 'not an object');
}

/** Whether the story as edited differs from the one loaded or last published. */
const unpublished = (): boolean => JSON.stringify(model) !== JSON.stringify(original);

// Closing or leaving the page with edits not yet published: the browser asks first.
window.addEventListener('beforeunload', (event) => {
  if (!unpublished()) return;
  event.preventDefault();
  event.returnValue = '';
});

/** The log form empties for the next change (after publishing, or when another story is loaded). */
function resetEntry(): void {
  Object.assign(entry, {
    date: '',
    what: { it: '', en: '' },
    why: { it: '', en: '' },
    correction: false,
    document: '',
  });
  for (const id of ['log-date', 'log-what-it', 'log-what-en', 'log-why-it', 'log-why-en', 'log-document']) {
    const node = document.getElementById(id) as HTMLInputElement | null;
    if (node) node.value = '';
  }
  const box = document.getElementById('log-correction') as HTMLInputElement | null;
  if (box) box.checked = false;
}

let checkTimer: ReturnType<typeof setTimeout> | null = null;
let previewTimer: ReturnType<typeof setTimeout> | null = null;

function rebuildForms(): void {
  const focused = document.activeElement?.id;
  formsBox.replaceChildren(buildForms(model, { changed, rebuilt: () => (rebuildForms(), changed()) }));
  if (focused) document.getElementById(focused)?.focus();
  check();
  updatePreview();
}

/** A field changed: check at once (the editor sees its mistake as it types), preview a moment later. */
function changed(): void {
  if (checkTimer) clearTimeout(checkTimer);
  checkTimer = setTimeout(check, 120);
  if (previewTimer) clearTimeout(previewTimer);
  previewTimer = setTimeout(updatePreview, 250);
}

function updatePreview(): void {
  preview.show(storyFor(pending()));
}

/** Runs every rule and puts each message at its field (or the nearest field that holds it). */
function check(): void {
  problems = checkStory(pending());
  documentOptions();
  for (const node of formsBox.querySelectorAll('[aria-invalid]')) node.removeAttribute('aria-invalid');
  for (const node of formsBox.querySelectorAll<HTMLElement>('.problem')) {
    node.hidden = true;
    node.textContent = '';
  }
  const byField = new Map<string, Problem[]>();
  for (const problem of problems) {
    const at = nearestField(problem.path);
    byField.set(at, [...(byField.get(at) ?? []), problem]);
  }
  const list = el('ul', {});
  for (const [path, found] of byField) {
    const text = found.map((p) => sentence(p.message[uiLang()])).join(' ');
    const note = document.getElementById(problemId(path));
    if (note) {
      note.textContent = text;
      note.hidden = false;
    }
    const control = document.getElementById(fieldId(path));
    if (control && /^(INPUT|SELECT|TEXTAREA)$/.test(control.tagName)) control.setAttribute('aria-invalid', 'true');
    for (const p of found) {
      const go = el('button', { type: 'button', class: 'go' }, tr('problems.go'));
      go.addEventListener('click', () => {
        const target = document.getElementById(fieldId(path));
        const focusable =
          target && /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName)
            ? target
            : target?.querySelector<HTMLElement>('input, select, textarea');
        target?.scrollIntoView({ block: 'center' });
        focusable?.focus();
      });
      list.append(
        el('li', {}, el('span', { class: 'where' }, where(p.path)), ' ', sentence(p.message[uiLang()]), ' ', go),
      );
    }
  }
  // One live region, kept across checks and changed only when its words change, so a screen reader says the count once.
  const count = problems.length
    ? tr(problems.length === 1 ? 'problems.one' : 'problems.count', { n: problems.length })
    : tr('problems.none');
  if (countLine.textContent !== count) countLine.textContent = count;
  problemsBox.replaceChildren(el('h2', { id: 'problems-heading' }, tr('problems.heading')), countLine, list);
  staleWarnings();
}

/** `11000` as readers read it: "11.000" in Italian, "11,000" in English. */
const grouped = (n: number, sep: string): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);

/** Texts quoted from a document stay as the document says; every other text is ours to keep current. */
const VERBATIM = /^(quote|quotes|attributed|evidence)$/;

/**
 * A figure whose value changed leaves the texts that still say the old one
 * (an exchange's detail, an event's line): they are listed, with the old value as
 * readers see it, at their fields and above the forms, so no card shows a stale total.
 */
function staleWarnings(): void {
  const figures = (story: Json) => (Array.isArray(story.figures) ? story.figures.filter(isObject) : []);
  const now = new Map(figures(model).map((f) => [f.id, f.value]));
  const lines: string[] = [];
  for (const before of figures(original)) {
    const old = before.value;
    const next = now.get(before.id);
    if (typeof old !== 'number' || !Number.isInteger(old) || Math.abs(old) < 10 || next === old || !now.has(before.id))
      continue;
    const forms = { it: grouped(old, '.'), en: grouped(old, ',') };
    const pattern = new RegExp(`(?<![\\d.,])(?:${forms.it.replace(/\./g, '\\.')}|${forms.en})(?![\\d]|[.,]\\d)`);
    const found: string[] = [];
    const walk = (node: unknown, path: string[]): void => {
      if (typeof node === 'string') {
        if (pattern.test(node)) found.push(path.join('.'));
      } else if (Array.isArray(node)) node.forEach((v, i) => walk(v, [...path, String(i)]));
      else if (isObject(node))
        for (const [key, value] of Object.entries(node)) if (!VERBATIM.test(key)) walk(value, [...path, key]);
    };
    for (const [key, value] of Object.entries(model))
      if (!['documents', 'article', 'updates'].includes(key)) walk(value, [key]);
    for (const path of found) {
      const note = document.getElementById(problemId(nearestField(path)));
      const old = path.endsWith('.en') ? forms.en : forms.it;
      if (note) {
        note.textContent = `${note.textContent ? `${note.textContent} ` : ''}${tr('stale.field', { old })}`;
        note.hidden = false;
      }
    }
    if (found.length)
      lines.push(tr('stale.notice', { old: `${forms.it} / ${forms.en}`, where: found.map(where).join('; ') }));
  }
  if (lines.length)
    problemsBox.append(el('div', { class: 'stale', id: 'stale-notice' }, ...lines.map((l) => el('p', {}, l))));
}

/** A message of the check ("must not be empty") as a sentence at its field ("Must not be empty."). */
const sentence = (text: string): string =>
  `${text.charAt(0).toUpperCase()}${text.slice(1)}${/[.!?…)]$/.test(text) ? '' : '.'}`;

/** "figures › troops-total › value": where a problem is, in the story's own ids. */
function where(path: string): string {
  if (!path) return tr('problems.story');
  const keys = path.split('.');
  const out: string[] = [];
  let node: unknown = model;
  for (const key of keys) {
    node = isObject(node) || Array.isArray(node) ? (node as Record<string, unknown>)[key] : undefined;
    out.push(isObject(node) && typeof node.id === 'string' ? node.id : key);
  }
  return out.join(' › ');
}

/** The path of the deepest field or fieldset on the page that holds `path`. */
function nearestField(path: string): string {
  const keys = path ? path.split('.') : [];
  while (keys.length) {
    const at = keys.join('.');
    if (document.getElementById(problemId(at))) return at;
    keys.pop();
  }
  return '';
}

function renderPublish(): void {
  const status = el('p', { class: 'status', id: 'publish-status', role: 'status' });
  const diff = el('div', { class: 'diff', id: 'publish-diff' });
  const save = el('div', { class: 'save', id: 'publish-save' });
  const date = el('input', {
    type: 'text',
    id: 'log-date',
    inputmode: 'numeric',
    placeholder: 'YYYY-MM-DD',
    autocomplete: 'off',
  });
  date.value = entry.date;
  date.addEventListener('input', () => {
    entry.date = date.value.trim();
    changed();
  });
  const pairFor = (key: 'what' | 'why') => {
    const set = el(
      'fieldset',
      { class: 'pair' },
      el('legend', {}, tr(key === 'what' ? 'publish.what' : 'publish.why')),
    );
    for (const lang of ['it', 'en'] as const) {
      const id = `log-${key}-${lang}`;
      const area = el('textarea', { id, lang, rows: '2' });
      area.value = entry[key][lang];
      area.addEventListener('input', () => (entry[key][lang] = area.value));
      set.append(
        el('div', { class: 'side' }, el('label', { for: id }, tr(lang === 'it' ? 'lang.it' : 'lang.en')), area),
      );
    }
    return set;
  };
  const correction = el('input', { type: 'checkbox', id: 'log-correction', checked: entry.correction });
  correction.addEventListener('change', () => (entry.correction = correction.checked));
  const documentSelect = el('select', { id: 'log-document' });
  documentSelect.addEventListener('change', () => {
    entry.document = documentSelect.value;
    changed();
  });
  const button = el('button', { type: 'button', id: 'publish', class: 'primary' }, tr('publish.button'));
  button.addEventListener('click', () => void publish(status, diff, save));
  publishBox.replaceChildren(
    el('h2', { id: 'publish-heading' }, tr('publish.heading')),
    el('div', { class: 'field' }, el('label', { for: 'log-date' }, tr('publish.date')), date),
    pairFor('what'),
    pairFor('why'),
    el('p', {}, correction, ' ', el('label', { for: 'log-correction' }, tr('publish.correction'))),
    el('div', { class: 'field' }, el('label', { for: 'log-document' }, tr('publish.document')), documentSelect),
    el('p', {}, button),
    status,
    save,
    diff,
  );
  documentOptions();
}

/** The log entry's choice of document follows the documents as the editor adds and names them. */
function documentOptions(): void {
  const select = document.getElementById('log-document') as HTMLSelectElement | null;
  if (!select) return;
  const docs = Array.isArray(model.documents) ? model.documents.filter(isObject).map((d) => String(d.id ?? '')) : [];
  const now = [...select.options].map((o) => o.value).slice(1);
  if (now.length === docs.length && now.every((id, i) => id === docs[i])) return;
  select.replaceChildren(
    el('option', { value: '' }, tr('publish.noDocument')),
    ...docs.map((id) => el('option', { value: id }, id)),
  );
  select.value = docs.includes(entry.document) ? entry.document : '';
  // A select that shows "(none)" keeps none: a removed or renamed document leaves the entry.
  entry.document = select.value;
}

/**
 * The story with `log` added to its update log. The data's day follows the latest
 * report an update rests on (its publication day, never one we infer).
 */
function withEntry(story: Json, log: Json): Json {
  const next = clone(story);
  next.updates = [...(Array.isArray(story.updates) ? story.updates : []), log];
  const dated = (next.updates as unknown[])
    .map((u) =>
      isObject(u) && Array.isArray(next.documents)
        ? next.documents.find((d) => isObject(d) && d.id === u.document)
        : undefined,
    )
    .map((d) => (isObject(d) && typeof d.date === 'string' ? d.date : ''))
    .sort();
  const latest = dated[dated.length - 1];
  if (latest && typeof next.asOf === 'string' && latest > next.asOf) next.asOf = latest;
  return next;
}

/**
 * What the checks and the preview see: the story as edited and, once the log
 * entry names the report it rests on, that entry too (its words as typed so far),
 * so the rules that follow from it (the as-of note must name the report) show at
 * their fields before publishing, and the preview shows the update line.
 */
function pending(): Json {
  if (!entry.document) return model;
  const placeholder = (x: { it: string; en: string }) => ({ it: x.it.trim() || '…', en: x.en.trim() || '…' });
  const doc = Array.isArray(model.documents)
    ? model.documents.find((d) => isObject(d) && d.id === entry.document)
    : undefined;
  const date = /^\d{4}-\d{2}-\d{2}$/.test(entry.date)
    ? entry.date
    : isObject(doc) && typeof doc.date === 'string'
      ? doc.date
      : String(model.asOf ?? '');
  const log: Json = { date, what: placeholder(entry.what), why: placeholder(entry.why), document: entry.document };
  if (entry.correction) log.correction = true;
  const changes = changedIds(original, model);
  if (changes.length > 0 && changes.length <= 12) log.changes = changes;
  return withEntry(model, log);
}

/** The log entry as the story stores it, or null while any part of it is missing. */
function logEntry(): Json | null {
  const filled = (x: { it: string; en: string }) => x.it.trim() !== '' && x.en.trim() !== '';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(entry.date) || !filled(entry.what) || !filled(entry.why)) return null;
  const out: Json = {
    date: entry.date,
    what: { it: entry.what.it.trim(), en: entry.what.en.trim() },
    why: { it: entry.why.it.trim(), en: entry.why.en.trim() },
  };
  if (entry.correction) out.correction = true;
  if (entry.document) out.document = entry.document;
  const changes = changedIds(original, model);
  if (changes.length > 0 && changes.length <= 12) out.changes = changes;
  return out;
}

/** The ids of the facts (figures, strands, arms, flows, events, notes) added or changed since the story was loaded. */
function changedIds(before: Json, after: Json): string[] {
  const lists = (story: Json) =>
    ['figures', 'arms', 'flows', 'events', 'notes']
      .map((key) => story[key])
      .concat([isObject(story.truce) ? story.truce.strands : []]);
  const old = new Map<string, string>();
  for (const list of lists(before))
    if (Array.isArray(list)) for (const x of list) if (isObject(x)) old.set(String(x.id), JSON.stringify(x));
  const ids: string[] = [];
  for (const list of lists(after))
    if (Array.isArray(list))
      for (const x of list) if (isObject(x) && old.get(String(x.id)) !== JSON.stringify(x)) ids.push(String(x.id));
  return ids;
}

async function publish(status: HTMLElement, diffBox: HTMLElement, saveBox: HTMLElement): Promise<void> {
  saveBox.replaceChildren();
  diffBox.replaceChildren();
  check();
  const log = logEntry();
  if (!log) {
    status.setAttribute('role', 'alert');
    status.textContent = tr('publish.needLog');
    document.getElementById(entry.date ? 'log-what-it' : 'log-date')?.focus();
    return;
  }
  const next = withEntry(model, log);
  const found = checkStory(next);
  const story = storyFor(next);
  if (found.length || !story) {
    status.setAttribute('role', 'alert');
    status.textContent = `${tr('publish.blocked')} ${found
      .slice(0, 3)
      .map((p) => `${where(p.path)}: ${p.message[uiLang()]}`)
      .join(' · ')}`;
    return;
  }
  status.setAttribute('role', 'status');
  const changes = Array.isArray(log.changes) ? (log.changes as string[]) : [];
  status.textContent = `${tr((next.updates as unknown[]).length === 1 ? 'publish.readyOne' : 'publish.ready', { n: (next.updates as unknown[]).length })} ${changes.length ? tr('publish.changes', { ids: changes.join(', ') }) : tr('publish.changesAll')}`;
  // The entry is in the file: the log form empties for the next change.
  resetEntry();
  const text = `${JSON.stringify(next, null, 2)}\n`;
  const blob = new Blob([text], { type: 'application/json' });
  const link = el(
    'a',
    { id: 'publish-download', href: URL.createObjectURL(blob), download: 'story.json' },
    tr('publish.download'),
  );
  saveBox.append(el('p', {}, link));
  const picker = (
    window as unknown as {
      showSaveFilePicker?: (
        options: unknown,
      ) => Promise<{ createWritable(): Promise<{ write(b: Blob): Promise<void>; close(): Promise<void> }> }>;
    }
  ).showSaveFilePicker;
  if (typeof picker === 'function') {
    const saveButton = el('button', { type: 'button', id: 'publish-fsa' }, tr('publish.save'));
    saveButton.addEventListener('click', async () => {
      try {
        const handle = await picker.call(window, {
          suggestedName: 'story.json',
          types: [{ description: 'JSON', accept: { 'application/json': ['.json'] } }],
        });
        const writable = await handle.createWritable();
        await writable.write(blob);
        await writable.close();
        status.textContent = tr('publish.saved');
      } catch (error) {
        console.warn('[dprk-russia-widgets editor] not saved:', String(error));
      }
    });
    saveBox.append(el('p', {}, saveButton));
  }
  await showDiff(storyFor(original), story, diffBox);
  // What is published is the new "before": the next change is diffed against it.
  original = clone(next);
  model = next;
}

/** For each card and language, the lines readers will no longer see and the lines they will see new. */
async function showDiff(before: Story | null, after: Story, box: HTMLElement): Promise<void> {
  box.replaceChildren(el('h3', {}, tr('diff.heading')));
  // The update log in full, as the file will hold it: every line readers can read on the cards, old and new.
  const log =
    (after as unknown as { updates?: Array<{ date: string; what: { it: string; en: string }; correction?: boolean }> })
      .updates ?? [];
  if (log.length) {
    const section = el('section', { class: 'diff-log' }, el('h4', {}, tr('diff.log')));
    for (const lang of ['it', 'en'] as const)
      section.append(
        el(
          'ul',
          { lang },
          ...log.map((u) =>
            el('li', {}, `${u.date} · ${u.correction ? `${tr('diff.correction')} · ` : ''}${u.what[lang]}`),
          ),
        ),
      );
    box.append(section);
  }
  let any = false;
  for (const tag of CARD_TAGS) {
    for (const lang of ['it', 'en'] as const) {
      const old = before ? await readerLines(tag, before, lang, offscreen) : [];
      const now = await readerLines(tag, after, lang, offscreen);
      const { removed, added } = lineDiff(old, now);
      if (!removed.length && !added.length) continue;
      any = true;
      const title = WIDGETS.find((w) => w.tag === tag)!.title(after, lang);
      const card = el(
        'section',
        { class: 'diff-card', 'data-tag': tag, 'data-lang': lang },
        el('h4', { lang }, `${title} (${lang})`),
      );
      if (removed.length)
        card.append(
          el('p', { class: 'label' }, tr('diff.before')),
          el('ul', { class: 'removed', lang }, ...removed.map((l) => el('li', {}, el('del', {}, l)))),
        );
      if (added.length)
        card.append(
          el('p', { class: 'label' }, tr('diff.after')),
          el('ul', { class: 'added', lang }, ...added.map((l) => el('li', {}, el('ins', {}, l)))),
        );
      box.append(card);
    }
  }
  if (!any) box.append(el('p', {}, tr('diff.none')));
}

// Italian, the story's own language, unless the address asks for English (`editor.html?lang=en`).
setUiLang(new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'it');

/**
 * Whether a page of another origin frames the editor. A meta CSP cannot say
 * frame-ancestors, and a stranger's page could dress the editor up to have an
 * editor publish its words: framed so, the editor does not start.
 */
function framedByStranger(): boolean {
  if (window.top === window) return false;
  try {
    return window.top!.location.origin !== location.origin;
  } catch {
    return true;
  }
}

if (framedByStranger()) {
  document.documentElement.lang = uiLang();
  root.replaceChildren(el('p', { class: 'framed', role: 'alert' }, tr('framed')));
  console.warn('[dprk-russia-widgets editor] framed by another site: not started');
} else render();
// For the test suite and a curious editor: the story as edited, read-only.
Object.defineProperty(window, 'drwEditor', {
  value: Object.freeze({ story: () => clone(model), problems: () => problems.slice() }),
});

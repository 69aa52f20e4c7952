/**
 * The forms: one fieldset per item of each list of the story, one field per
 * value, built from the data itself so that every key an item has can be
 * edited. Both languages of a text sit side by side, each marked with its
 * `lang`. Each field is named by its path in the JSON (`figures.1.value`),
 * the same path the checks report, so a problem lands on its field.
 */
import styleJson from '../../data/style.json' with { type: 'json' };
import {
  ARM_KINDS,
  ARM_STATUSES,
  CERTAINTIES,
  EVENT_STATUSES,
  FLOW_DIRECTIONS,
  FLOW_KINDS,
  QUALIFIERS,
  TRUCE_STATES,
  UNITS,
} from '../data/vocabulary.js';
import { el, fieldId, fieldLabel, problemId, tr, uiLang, type UiKey } from './ui.js';

type Json = Record<string, unknown>;
export const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);

export interface Section {
  key: UiKey;
  /** Where the list is in the story. */
  path: string;
  /** What one item is called in "Add: …". */
  itemKey: string;
}

/** The lists an editor works on, in the order of the page. */
export const SECTIONS: Section[] = [
  { key: 'section.documents', path: 'documents', itemKey: 'document' },
  { key: 'section.sources', path: 'sources', itemKey: 'source' },
  { key: 'section.figures', path: 'figures', itemKey: 'value' },
  { key: 'section.strands', path: 'truce.strands', itemKey: 'state' },
  { key: 'section.arms', path: 'arms', itemKey: 'name' },
  { key: 'section.flows', path: 'flows', itemKey: 'label' },
  { key: 'section.events', path: 'events', itemKey: 'title' },
  { key: 'section.notes', path: 'notes', itemKey: 'text' },
  { key: 'section.updates', path: 'updates', itemKey: 'what' },
];

const labels = (styleJson as unknown as { labels: Record<string, { it: string; en: string }> }).labels;

/** The closed lists, by the section and key they apply to; options show the word readers see. */
function choices(path: string, key: string): { values: readonly string[]; word?: (v: string) => string } | null {
  const section = path.split('.')[0] === 'truce' ? 'strands' : path.split('.')[0];
  const word = (prefix: string) => (v: string) => labels[`${prefix}${v}`]?.[uiLang()] || v;
  if (key === 'qualifier') return { values: QUALIFIERS, word: word('qualifier.') };
  if (key === 'unit') return { values: UNITS, word: word('unit.') };
  if (key === 'state' && section === 'strands') return { values: TRUCE_STATES, word: word('state.') };
  if (key === 'status' && section === 'arms') return { values: ARM_STATUSES, word: word('arms.status.') };
  if (key === 'status' && section === 'events') return { values: EVENT_STATUSES, word: word('event.') };
  if (key === 'kind' && section === 'arms') return { values: ARM_KINDS };
  if (key === 'kind' && section === 'flows') return { values: FLOW_KINDS };
  if (key === 'direction') return { values: FLOW_DIRECTIONS, word: (v) => labels[`exchange.${v}`]?.[uiLang()] || v };
  if (key === 'certainty') return { values: CERTAINTIES, word: word('certainty.') };
  if (key === 'op') return { values: ['difference'] };
  if (key === 'lang' && section === 'documents') return { values: ['it', 'en'] };
  return null;
}

const isLocalized = (x: unknown): x is { it: string; en: string } =>
  isObject(x) && Object.keys(x).length === 2 && typeof x.it === 'string' && typeof x.en === 'string';

/**
 * Whether a key can be part of a field's path: not one that reaches an object's
 * prototype, and no dot (a path joins keys with dots). Loading refuses a story with any other.
 */
export const safeKey = (key: string): boolean => !/^(__proto__|constructor|prototype)$/.test(key) && !key.includes('.');

const own = (node: unknown, key: string): boolean =>
  node !== null && typeof node === 'object' && Object.prototype.hasOwnProperty.call(node, key);

/** Reads the value at `path` ("figures.1.value") of `root`: own keys only, never a prototype's. */
export function getAt(root: unknown, path: string): unknown {
  let node: unknown = root;
  if (path === '') return root;
  for (const key of path.split('.')) {
    if (!safeKey(key) || !own(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** The container that holds the last key of `path`, and that key, or null when the path is not the story's own. */
function parentOf(root: unknown, path: string): { parent: Record<string, unknown>; last: string } | null {
  const keys = path.split('.');
  const last = keys.pop()!;
  const parent = keys.length ? getAt(root, keys.join('.')) : root;
  if (!safeKey(last) || parent === null || typeof parent !== 'object') return null;
  return { parent: parent as Record<string, unknown>, last };
}

/** Removes the key at `path` of `root`. */
export function deleteAt(root: unknown, path: string): void {
  const at = parentOf(root, path);
  if (at && isObject(at.parent)) delete at.parent[at.last];
}

/** Writes `value` at `path` of `root` (the containers exist: the form was built from them). */
export function setAt(root: unknown, path: string, value: unknown): void {
  const at = parentOf(root, path);
  if (at) at.parent[at.last] = value;
}

export interface FormHooks {
  /** A field changed: the form has already written the new value into the model. */
  changed(): void;
  /** The structure changed (an item added or removed): rebuild. */
  rebuilt(): void;
}

/** Every section's forms, for the model as it is now. */
export function buildForms(model: Json, hooks: FormHooks): HTMLElement {
  const root = el('div', { class: 'forms' });
  // The story's own fields: its as-of day and why, and the article it tells.
  const storyHeading = el('h2', { id: 'h-story' }, tr('section.story'));
  const story = el('section', { class: 'form-section', 'aria-labelledby': storyHeading.id }, storyHeading);
  for (const key of ['asOf', 'asOfNote', 'article'])
    if (key in model) story.append(field(model, key, key, model[key], hooks));
  // The title readers see over the strands' card.
  const truce = getAt(model, 'truce');
  if (isObject(truce) && isLocalized(truce.title))
    story.append(field(model, 'truce.title', 'truceTitle', truce.title, hooks));
  root.append(story);
  for (const section of SECTIONS) {
    const list = getAt(model, section.path);
    if (!Array.isArray(list)) continue; // documents: only in data that has them
    const heading = el('h2', { id: `h-${section.path.replace('.', '-')}` }, tr(section.key));
    const box = el('section', { class: 'form-section', 'aria-labelledby': heading.id }, heading);
    list.forEach((item, i) => box.append(itemFieldset(model, `${section.path}.${i}`, item, hooks)));
    // Log entries are written by publishing (one per change); those already in the file are shown to edit or remove.
    if (section.path === 'updates') {
      if (!list.length) box.append(el('p', { class: 'empty-log' }, tr('updates.none')));
      root.append(box);
      continue;
    }
    const add = el('button', { type: 'button', class: 'add' }, tr('add', { what: tr(section.key) }));
    add.addEventListener('click', () => {
      list.push(blankLike(list[list.length - 1], list));
      hooks.rebuilt();
      focusField(`${section.path}.${list.length - 1}.id`);
    });
    box.append(add);
    root.append(box);
  }
  return root;
}

function itemFieldset(model: Json, path: string, item: unknown, hooks: FormHooks): HTMLElement {
  // A log entry has no id: its day names it.
  const id =
    isObject(item) && typeof item.id === 'string'
      ? item.id
      : isObject(item) && kindOf(path) === 'updates' && typeof item.date === 'string'
        ? item.date
        : tr('item');
  const set = el('fieldset', { class: 'item', id: fieldId(path) }, el('legend', {}, id));
  set.append(el('p', { class: 'problem', id: problemId(path), hidden: true }));
  if (isObject(item)) {
    for (const [key, value] of Object.entries(item)) {
      const node = field(model, `${path}.${key}`, key, value, hooks);
      if (optionalKeys(path).includes(key)) node.append(dropButton(item, key, hooks));
      set.append(node);
    }
    const missing = optionalKeys(path).filter((key) => !(key in item));
    if (missing.length) set.append(addFieldControl(path, item, missing, hooks));
  }
  const remove = el('button', { type: 'button', class: 'remove' }, tr('remove', { id }));
  remove.addEventListener('click', () => {
    const list = getAt(model, path.split('.').slice(0, -1).join('.')) as unknown[];
    list.splice(Number(path.split('.').pop()), 1);
    hooks.rebuilt();
  });
  set.append(remove);
  return set;
}

/** The keys an item at `path` may have or leave out, with the empty value a new one starts from. */
const OPTIONAL_FIELDS: Record<string, Record<string, () => unknown>> = {
  documents: { url: () => '', date: () => '', text: () => '' },
  sources: { reportedBy: () => ({ it: '', en: '' }), document: () => '' },
  figures: { document: () => '', quotes: () => [''], attributed: () => '' },
  facts: { document: () => '', quotes: () => [''], attributed: () => '', then: () => ({ it: '', en: '' }) },
  strands: { since: () => '', figures: () => [''] },
  arms: { document: () => '', quotes: () => [''], attributed: () => '' },
  flows: { document: () => '', quotes: () => [''], attributed: () => '' },
  events: {
    document: () => '',
    quotes: () => [''],
    attributed: () => '',
    figures: () => [''],
    then: () => ({ it: '', en: '' }),
  },
  notes: { atClaim: () => ({ date: '', text: { it: '', en: '' } }) },
  updates: { correction: () => false, document: () => '', changes: () => [''] },
};

/** The kind of item at `path`: `figures.2` → figures, `truce.strands.0.facts.1` → facts. */
function kindOf(path: string): string {
  const keys = path.split('.').filter((k) => !/^\d+$/.test(k));
  return keys[keys.length - 1] ?? '';
}

const optionalKeys = (path: string): string[] => Object.keys(OPTIONAL_FIELDS[kindOf(path)] ?? {});

function dropButton(item: Json, key: string, hooks: FormHooks): HTMLElement {
  const drop = el('button', { type: 'button', class: 'drop-field' }, tr('dropField', { field: fieldLabel(key) }));
  drop.addEventListener('click', () => {
    delete item[key];
    hooks.rebuilt();
  });
  return drop;
}

function addFieldControl(path: string, item: Json, missing: string[], hooks: FormHooks): HTMLElement {
  const id = `add-field-${path.replace(/[^\w-]/g, '_')}`;
  const select = el(
    'select',
    { id },
    el('option', { value: '' }, '—'),
    ...missing.map((key) => el('option', { value: key }, fieldLabel(key))),
  );
  const button = el('button', { type: 'button', class: 'add-field' }, tr('addField'));
  button.addEventListener('click', () => {
    const key = select.value;
    if (!key) return;
    item[key] = OPTIONAL_FIELDS[kindOf(path)][key]();
    hooks.rebuilt();
    focusField(`${path}.${key}`);
  });
  return el('p', { class: 'add-field' }, el('label', { for: id }, tr('addFieldLabel')), ' ', select, ' ', button);
}

/** The field (or group of fields) for one value. */
function field(model: Json, path: string, key: string, value: unknown, hooks: FormHooks): HTMLElement {
  if (isLocalized(value)) return pair(model, path, key, value, hooks);
  if (Array.isArray(value)) {
    const set = el('fieldset', { class: 'list', id: fieldId(path) }, el('legend', {}, fieldLabel(key)));
    set.append(el('p', { class: 'problem', id: problemId(path), hidden: true }));
    value.forEach((entry, i) => {
      if (isObject(entry)) set.append(itemFieldset(model, `${path}.${i}`, entry, hooks));
      else set.append(input(model, `${path}.${i}`, `${fieldLabel(key)} ${i + 1}`, key, entry, hooks));
    });
    if (value.every(isObject) && value.length > 0) {
      const owner = getAt(model, path.split('.').slice(0, -1).join('.'));
      const add = el(
        'button',
        { type: 'button', class: 'add' },
        tr('addFact', { id: isObject(owner) ? String(owner.id ?? '') : '' }),
      );
      add.addEventListener('click', () => {
        value.push(blankLike(value[value.length - 1], []) as Json);
        hooks.rebuilt();
        focusField(`${path}.${value.length - 1}.text.it`);
      });
      set.append(add);
    }
    return set;
  }
  if (isObject(value)) {
    const set = el('fieldset', { class: 'group', id: fieldId(path) }, el('legend', {}, fieldLabel(key)));
    set.append(el('p', { class: 'problem', id: problemId(path), hidden: true }));
    for (const [k, v] of Object.entries(value)) set.append(field(model, `${path}.${k}`, k, v, hooks));
    return set;
  }
  return input(model, path, fieldLabel(key), key, value, hooks);
}

/** Both languages of one text, side by side. */
function pair(
  model: Json,
  path: string,
  key: string,
  value: { it: string; en: string },
  hooks: FormHooks,
): HTMLElement {
  const set = el('fieldset', { class: 'pair', id: fieldId(path) }, el('legend', {}, fieldLabel(key)));
  for (const lang of ['it', 'en'] as const) {
    const at = `${path}.${lang}`;
    const area = el('textarea', {
      id: fieldId(at),
      lang,
      rows: value[lang].length > 90 ? '4' : '2',
      'data-path': at,
      'aria-describedby': problemId(at),
    });
    area.value = value[lang];
    area.addEventListener('input', () => {
      setAt(model, at, area.value);
      hooks.changed();
    });
    set.append(
      el(
        'div',
        { class: 'side' },
        el('label', { for: area.id }, `${fieldLabel(key)} · ${tr(lang === 'it' ? 'lang.it' : 'lang.en')}`),
        area,
        el('p', { class: 'problem', id: problemId(at), hidden: true }),
      ),
    );
  }
  return set;
}

/** The text of a document (a later report), pasted whole. */
const isReportText = (path: string, key: string): boolean =>
  key === 'text' && kindOf(path.split('.').slice(0, -1).join('.')) === 'documents';

/** One value: a choice from a closed list, a number, or a text (the article's Italian when it is a quote). */
function input(model: Json, path: string, label: string, key: string, value: unknown, hooks: FormHooks): HTMLElement {
  const id = fieldId(path);
  const options = choices(path, key);
  let control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
  const verbatim = /^(quote|quotes|attributed|evidence)$/.test(key) || /\.quotes\.\d+$/.test(path);
  if (options) {
    control = el('select', { id, 'data-path': path });
    for (const v of options.values)
      control.append(el('option', { value: v }, options.word ? `${options.word(v)} (${v})` : v));
    // A value outside the list (a file from elsewhere) is shown as it is, and the check flags it.
    if (typeof value === 'string' && !options.values.includes(value)) control.append(el('option', { value }, value));
    control.value = String(value ?? '');
  } else if (typeof value === 'boolean') {
    // A yes/no (a log entry's "correction"): a checkbox, so the story keeps a boolean.
    const box = el('input', {
      id,
      type: 'checkbox',
      'data-path': path,
      checked: value,
      'aria-describedby': problemId(path),
    });
    box.addEventListener('change', () => {
      setAt(model, path, box.checked);
      hooks.changed();
    });
    return el(
      'div',
      { class: 'field' },
      box,
      ' ',
      el('label', { for: id }, label),
      el('p', { class: 'problem', id: problemId(path), hidden: true }),
    );
  } else if (typeof value === 'string' && (value.length > 80 || verbatim || isReportText(path, key))) {
    // A report's text is kept verbatim, paragraphs and all: many lines to paste into.
    const rows = isReportText(path, key) ? '8' : value.length > 160 ? '4' : '2';
    control = el('textarea', { id, 'data-path': path, rows });
    control.value = value;
  } else {
    control = el('input', {
      id,
      type: 'text',
      'data-path': path,
      inputmode: typeof value === 'number' ? 'numeric' : undefined,
    });
    control.value = value === null || value === undefined ? '' : String(value);
    if (value === null) control.placeholder = tr('empty');
  }
  // Quotes are the article's Italian, whatever the editor's language.
  if (verbatim) control.lang = 'it';
  control.setAttribute('aria-describedby', problemId(path));
  const kind = typeof value;
  const parentPath = path.split('.').slice(0, -1).join('.');
  const optional = optionalKeys(parentPath).includes(key) && typeof value === 'string';
  control.addEventListener(options ? 'change' : 'input', () => {
    const raw = control.value;
    let next: unknown = raw;
    // Numbers stay numbers while they read as whole numbers; anything else goes to the check as typed.
    if (kind === 'number') next = /^\s*-?\d+\s*$/.test(raw) ? Number(raw) : raw;
    if (value === null || (key === 'date' && raw.trim() === '' && !optional)) next = raw.trim() === '' ? null : raw;
    // An optional text left empty is left out, as the data writes it (an empty URL or date is not one).
    if (optional && raw.trim() === '') deleteAt(model, path);
    else setAt(model, path, next);
    hooks.changed();
  });
  return el(
    'div',
    { class: 'field' },
    el('label', { for: id }, label),
    control,
    el('p', { class: 'problem', id: problemId(path), hidden: true }),
  );
}

/** Keys an item may leave out. */
const OPTIONAL = new Set(['quotes', 'attributed', 'then', 'figures', 'atClaim', 'reportedBy', 'since', 'document']);

/** A new item shaped like `template`, every text empty for the editor to fill, with an id not yet used. */
function blankLike(template: unknown, siblings: unknown[]): unknown {
  const blank = (x: unknown, key: string): unknown => {
    if (Array.isArray(x)) return key === 'from' ? [...x] : isObject(x[0]) ? [blank(x[0], '')] : [];
    // Optional extras of the item copied (further quotes, attributed words, …) are left out: a new item starts bare.
    if (isObject(x))
      return Object.fromEntries(
        Object.entries(x)
          .filter(([k]) => !OPTIONAL.has(k))
          .map(([k, v]) => [k, blank(v, k)]),
      );
    // Closed choices and references keep a valid value; every text starts empty.
    if (
      typeof x === 'string' &&
      /^(qualifier|unit|state|status|kind|direction|certainty|op|source|document|lang|from)$/.test(key)
    )
      return x;
    if (typeof x === 'string') return '';
    return x;
  };
  const item = blank(template ?? {}, '') as Json;
  // A new document is a later report: it has a date, an address and its text (the article alone has none).
  if ('outlet' in item) Object.assign(item, { url: '', date: '', text: '' });
  if ('id' in item) {
    const used = new Set(siblings.map((s) => (isObject(s) ? s.id : undefined)));
    let n = siblings.length + 1;
    while (used.has(`new-${n}`)) n++;
    item.id = `new-${n}`;
  }
  return item;
}

export function focusField(path: string): void {
  queueMicrotask(() => (document.getElementById(fieldId(path)) as HTMLElement | null)?.focus());
}

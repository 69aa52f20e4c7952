/**
 * Small DOM helpers for the editor. Everything the editor shows is built with
 * elements and text nodes: no string of the story (nor of a file or URL it
 * loads) is ever parsed as markup, and the page runs under Trusted Types.
 */
import editorJson from '../../data/editor.json' with { type: 'json' };

export type UiLang = 'it' | 'en';
type Strings = typeof editorJson.it;
export type UiKey = keyof Strings;

let current: UiLang = 'it';
export const uiLang = (): UiLang => current;
export const setUiLang = (lang: UiLang): void => {
  current = lang;
};

/** An interface string in the editor's language, `{name}` filled from `params`. */
export function tr(key: UiKey, params: Record<string, string | number> = {}): string {
  const template: string = editorJson[current][key] ?? editorJson.it[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

const FIELDS = editorJson.fields as Record<string, { it: string; en: string } | undefined>;
/** A field's label from the data's key name (`quote` → "Citazione, parola per parola"). */
export const fieldLabel = (key: string): string => FIELDS[key]?.[current] ?? key;

type Attrs = Record<string, string | boolean | undefined>;

/** `<tag attrs…>children</tag>`: strings become text nodes. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Array<Node | string | null | undefined>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) if (child !== null && child !== undefined) node.append(child);
  return node;
}

/** A stable, valid id for the element of the field at `path`. */
export const fieldId = (path: string): string => `f-${path.replace(/[^\w-]/g, '_')}`;
export const problemId = (path: string): string => `p-${path.replace(/[^\w-]/g, '_')}`;

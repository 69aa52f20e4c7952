/** Version stamped at build time; `dev` when running from source. */
declare const __DRW_VERSION__: string | undefined;
export const VERSION: string = typeof __DRW_VERSION__ === 'string' ? __DRW_VERSION__ : 'dev';

const registry = '__dprkRussiaWidgets';
type Registry = Record<string, string>;
const warned = new Set<string>();

/**
 * Defines a tag once. A second copy of the bundle on the same page (another
 * URL, another version) leaves the first definition in place and warns once if
 * the versions differ, instead of throwing "already defined".
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const versions: Registry = ((globalThis as unknown as Record<string, Registry>)[registry] ??= {});
  if (customElements.get(tag)) {
    const existing = versions[tag];
    if (existing && existing !== VERSION && !warned.has(tag)) {
      warned.add(tag);
      console.warn(`[dprk-russia-widgets] <${tag}> ${existing} is already defined on this page; version ${VERSION} is not used.`);
    }
    return;
  }
  customElements.define(tag, ctor);
  versions[tag] = VERSION;
}

/** Version stamped at build time; `dev` when running from source. */
declare const __DRW_VERSION__: string | undefined;
export const VERSION: string = typeof __DRW_VERSION__ === 'string' ? __DRW_VERSION__ : 'dev';

/**
 * Shared by every copy of the bundle on a page (each copy has its own module
 * instances, so module-level state would not see the others).
 */
interface Registry {
  /** Version that defined each tag. */
  tags: Record<string, string>;
  /** `defined→ignored` version pairs already warned about. */
  warned: Record<string, true>;
}
const REGISTRY_KEY = '__dprkRussiaWidgets';

function registry(): Registry {
  const global = globalThis as unknown as Record<string, Partial<Registry> | undefined>;
  const found = (global[REGISTRY_KEY] ??= {});
  found.tags ??= {};
  found.warned ??= {};
  return found as Registry;
}

/**
 * Defines a tag once. A second copy of the bundle on the same page (another
 * URL, another version) leaves the first definition in place, instead of
 * throwing "already defined"; when the versions differ it warns once per page
 * for that pair of versions, not once per element.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const { tags, warned } = registry();
  if (customElements.get(tag)) {
    const existing = tags[tag];
    const pair = `${existing}→${VERSION}`;
    if (existing && existing !== VERSION && !warned[pair]) {
      warned[pair] = true;
      console.warn(
        `[dprk-russia-widgets] version ${existing} is already on this page; this copy (version ${VERSION}) is not used. Load one copy of the widgets per page.`,
      );
    }
    return;
  }
  customElements.define(tag, ctor);
  tags[tag] = VERSION;
}

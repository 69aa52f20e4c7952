import ariaQuery from 'aria-query';

/**
 * A test-runner command, `a11y-ax-tree`, that reads the page in reading
 * order, as a screen reader gets it, one line per node: `role[ level]: name`
 * (text as `StaticText: …`).
 *
 * - Chromium: the browser's own accessibility tree, through Puppeteer's
 *   `page.accessibility.snapshot({ interestingOnly: true })` (CDP). What
 *   Chromium leaves out of it (contents skipped by `content-visibility`, say)
 *   is missing from the lines.
 * - Firefox (Puppeteer over WebDriver BiDi): no accessibility tree is reachable
 *   (no CDP; BiDi's accessibility locator does not look into shadow roots), so
 *   the lines come from a walk of the flattened tree (shadow roots, slots) in
 *   the page, skipping what is hidden from readers (`display: none`,
 *   `visibility: hidden`, `aria-hidden`, `hidden`), with each element's role
 *   from its `role` or from aria-query's HTML-to-role map, and names from
 *   `aria-labelledby`, `aria-label` or the text inside.
 *
 * Answers `{ engine: 'chromium' | 'dom', lines: string[] }`; throws where the
 * launcher is not Puppeteer (WebDriver classic).
 *
 * A second command, `a11y-default-font-size` `{ px }`, sets the reader's
 * default font size (Chromium's font settings, over CDP); it answers false elsewhere.
 */
export function a11yTreePlugin() {
  // Element → implicit role, from aria-query, for the walker: only entries whose
  // conditions are attributes being set (scoping rules are left out).
  const implicit = [];
  for (const [element, roleSet] of ariaQuery.elementRoles) {
    if (element.constraints?.length) continue;
    const attributes = element.attributes ?? [];
    if (attributes.some((a) => a.constraints && !a.constraints.every((c) => c === 'set'))) continue;
    implicit.push({
      name: element.name,
      attributes: attributes.map((a) => ({ name: a.name, value: a.value ?? null })),
      role: [...roleSet][0],
    });
  }
  return {
    name: 'a11y-ax-tree',
    async executeCommand({ command, payload, session }) {
      // `a11y-default-font-size` `{ px }`: the reader's default font size (a browser setting), Chromium only (false elsewhere).
      if (command === 'a11y-default-font-size') {
        if (session.browser.type !== 'puppeteer') return false;
        const page = session.browser.getPage(session.id);
        if ((await page.browser().version()).toLowerCase().includes('firefox')) return false;
        const client = await page.createCDPSession();
        try {
          await client.send('Page.setFontSizes', { fontSizes: { standard: payload.px } });
        } finally {
          await client.detach().catch(() => {});
        }
        return true;
      }
      if (command !== 'a11y-ax-tree') return undefined;
      if (session.browser.type !== 'puppeteer')
        throw new Error(`a11y-ax-tree: no way in through ${session.browser.type}`);
      const page = session.browser.getPage(session.id);
      const product = (await page.browser().version()).toLowerCase();
      if (!product.includes('firefox')) {
        const root = await page.accessibility.snapshot({ interestingOnly: true });
        const lines = [];
        const walk = (node) => {
          const level = node.level ? ` ${node.level}` : '';
          lines.push(`${node.role}${level}: ${(node.name ?? '').replace(/\s+/g, ' ').trim()}`);
          for (const child of node.children ?? []) walk(child);
        };
        if (root) walk(root);
        return { engine: 'chromium', lines };
      }
      return { engine: 'dom', lines: await page.evaluate(walkFlatTree, implicit) };
    },
  };
}

/** Runs in the page (serialised by Puppeteer): keep it self-contained. */
function walkFlatTree(implicit) {
  const EMIT = new Set(['heading', 'region', 'article', 'button', 'link', 'img', 'image', 'status', 'table', 'group']);
  const LEAF = new Set(['heading', 'button', 'link', 'img', 'image']);
  const fold = (s) => s.replace(/\s+/g, ' ').trim();
  const hidden = (el) => {
    if (el.getAttribute('aria-hidden') === 'true' || el.hidden) return true;
    if (['script', 'style', 'template', 'title'].includes(el.localName)) return true;
    const style = getComputedStyle(el);
    return style.display === 'none' || style.visibility === 'hidden';
  };
  const childrenOf = (node) => {
    if (node.localName === 'slot') {
      const assigned = node.assignedNodes({ flatten: true });
      return assigned.length ? assigned : [...node.childNodes];
    }
    if (node.shadowRoot) return [...node.shadowRoot.childNodes];
    return [...node.childNodes];
  };
  const roleOf = (el) => {
    const explicit = el.getAttribute('role');
    if (explicit) return explicit.trim().split(/\s+/)[0];
    let best = null;
    for (const entry of implicit) {
      if (entry.name !== el.localName) continue;
      if (
        !entry.attributes.every(
          (a) => el.hasAttribute(a.name) && (a.value === null || el.getAttribute(a.name) === a.value),
        )
      )
        continue;
      if (!best || entry.attributes.length > best.attributes.length) best = entry;
    }
    return best?.role ?? null;
  };
  const textOf = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return node.data;
    if (node.nodeType !== Node.ELEMENT_NODE || hidden(node)) return '';
    return childrenOf(node).map(textOf).join('');
  };
  const nameOf = (el, role) => {
    const ids = el.getAttribute('aria-labelledby');
    if (ids)
      return fold(
        ids
          .split(/\s+/)
          .map((id) => textOf(el.getRootNode().getElementById(id) ?? document.createTextNode('')))
          .join(' '),
      );
    if (el.hasAttribute('aria-label')) return fold(el.getAttribute('aria-label'));
    if (LEAF.has(role)) return fold(textOf(el));
    return '';
  };
  const lines = [];
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = fold(node.data);
      if (text) lines.push(`StaticText: ${text}`);
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE || hidden(node)) return;
    const role = roleOf(node);
    const name = role ? nameOf(node, role) : '';
    if (role === 'heading') {
      const level = Number(node.getAttribute('aria-level') ?? node.localName.slice(1)) || 2;
      lines.push(`heading ${level}: ${name}`);
      return;
    }
    if (role && EMIT.has(role) && (name || !['region', 'group'].includes(role))) lines.push(`${role}: ${name}`);
    if (role && LEAF.has(role)) return;
    for (const child of childrenOf(node)) walk(child);
  };
  walk(document.body);
  return lines;
}

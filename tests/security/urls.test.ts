import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { validateStory, type Story } from '../../src/data/schema.js';
import { bundledStory } from '../../src/data/story.js';
import { isSafeUrl, safeHref } from '../../src/guards/safe-url.js';
import { fallback, scriptSnippet, toHtml } from '../../src/embed/authoring/snippet.js';
import type { DprkRussiaStory } from '../../src/elements/dprk-russia-story/dprk-russia-story.js';
import { storyCopy, waitFor } from '../helpers.js';

/** Ways a script URL is spelt to get past naive checks; the browser's parser reads each as script or data. */
const HOSTILE_URLS = [
  'javascript:alert(document.domain)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  '\tjava\nscript:alert(1)',
  'javascript&colon;alert(1)'.replace('&colon;', ':'),
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  `https://x/${'a'.repeat(3000)}`,
];

/** Every path in the JSON Schema whose name says URL (url, href, src, link) or whose format is a URI. */
function urlPaths(schema: Record<string, unknown>, path: Array<string | number> = []): Array<Array<string | number>> {
  const found: Array<Array<string | number>> = [];
  const props = (schema.properties ?? {}) as Record<string, Record<string, unknown>>;
  for (const [name, sub] of Object.entries(props)) {
    if (/url|href|src|link/i.test(name) || sub.format === 'uri') found.push([...path, name]);
    found.push(...urlPaths(sub, [...path, name]));
  }
  if (schema.items && typeof schema.items === 'object')
    found.push(...urlPaths(schema.items as Record<string, unknown>, [...path, 0]));
  return found;
}

function setAt(target: unknown, path: Array<string | number>, value: unknown): void {
  let node = target as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]] = value;
}

let clicks = 0;
(window as unknown as { pwned: () => void }).pwned = () => clicks++;

describe('one safe-URL rule: no script through a link', () => {
  it('lets only http(s) and relative URLs through, however a script URL is spelt', () => {
    for (const url of HOSTILE_URLS) {
      expect(isSafeUrl(url), JSON.stringify(url)).to.equal(false);
      expect(safeHref(url), JSON.stringify(url)).to.equal(undefined);
    }
    for (const url of [
      'https://www.unita.tv/x',
      'http://example.org',
      '//cdn.example.org/a.json',
      '/data/story.json',
      'story.json?x=1',
    ]) {
      expect(isSafeUrl(url), url).to.equal(true);
    }
  });

  it('finds every URL field of the data schema and refuses every hostile URL in each', async () => {
    const schema = (await (await fetch('/dist/story.schema.json')).json()) as Record<string, unknown>;
    const paths = urlPaths(schema);
    expect(paths.map((p) => p.join('.'))).to.include('article.url');
    for (const path of paths) {
      for (const url of HOSTILE_URLS) {
        const data = storyCopy();
        setAt(data, path, url);
        const result = validateStory(data);
        expect(result.ok, `${path.join('.')} = ${JSON.stringify(url)}`).to.equal(false);
      }
      const data = storyCopy();
      setAt(data, path, 'https://www.unita.tv/articolo');
      expect(validateStory(data).ok, `${path.join('.')} accepts a web URL`).to.equal(true);
    }
  });

  it('passes every href/src binding in the source through the rule', async () => {
    const files = (await (await fetch('/__sec/src-files')).json()) as Array<{ file: string; text: string }>;
    expect(files.length).to.be.greaterThan(20);
    const offenders: string[] = [];
    for (const { file, text } of files) {
      const lines = text.split('\n');
      lines.forEach((line, i) => {
        // A Lit binding, a DOM property or setAttribute of href/src whose value is not a literal.
        if (/^\s*(?:\*|\/\/)/.test(line)) return; // comments
        const binds = /\b(?:href|src)=\$\{|\.(?:href|src)\s*=(?!=)|setAttribute\(\s*['"](?:href|src)['"]\s*,/.test(
          line,
        );
        // Passed through the rule on the line, a literal, or checked where the comment says.
        const checked =
          /safeHref\(|safeUrl\(|isSafeUrl\(|\/\/ safe-url: \S|\.(?:href|src)\s*=\s*(?:null|'[^']*'|"[^"]*");/.test(
            line,
          );
        if (binds && !checked) {
          offenders.push(`${file}:${i + 1}: ${line.trim()}`);
        }
      });
    }
    expect(offenders).to.deep.equal([]);
    // The scan sees real bindings (so it can fail): the story's article link is one of them.
    expect(files.find((f) => f.file.endsWith('elements/dprk-russia-story/dprk-russia-story.ts'))!.text).to.match(
      /href=\$\{safeHref\(/,
    );
    // And the rule's helper returns undefined, never '', for a refused URL (Lit needs \`?? nothing\` to drop the attribute).
    expect(safeHref('javascript:alert(1)')).to.equal(undefined);
  });

  it('refuses a javascript: article link in src or inline data, with a notice, and runs nothing on click', async () => {
    const data = storyCopy();
    data.article.url = 'javascript:window.pwned()';
    const el = document.createElement('dprk-russia-story') as DprkRussiaStory;
    el.setAttribute('lang', 'en');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(data);
    el.append(script);
    const errors: string[] = [];
    el.addEventListener('drw-data-error', (e) => errors.push(e.reason));
    document.body.append(el);
    try {
      await waitFor(() => errors.length > 0, 'the data error');
      expect(errors).to.deep.equal(['invalid']);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.notice')!.textContent).to.include('does not match the schema');
      // The article's own link stays (an http(s) URL; not clicked, it would leave the test page).
      const hrefs = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.href);
      expect(
        hrefs.every((href) => /^https?:/.test(href)),
        hrefs.join(' '),
      ).to.equal(true);
      expect(clicks).to.equal(0);
    } finally {
      el.remove();
    }
  });

  it('drops a script link even from data that skipped validation (storyData), at the DOM', async () => {
    const el = document.createElement('dprk-russia-story') as DprkRussiaStory;
    el.storyData = { ...bundledStory, article: { ...bundledStory.article, url: 'javascript:window.pwned()' } } as Story;
    document.body.append(el);
    try {
      await el.updateComplete;
      const links = [...el.shadowRoot!.querySelectorAll('a')];
      expect(links.length).to.equal(1);
      // No href at all (an empty one would reload the page): the credit is plain text.
      expect(links[0].hasAttribute('href')).to.equal(false);
      // Without an href, a click goes nowhere (and runs nothing).
      links.filter((a) => !a.hasAttribute('href')).forEach((a) => a.click());
      expect(clicks).to.equal(0);
      // The credit line is still there, as text.
      expect(el.shadowRoot!.querySelector('.publisher')!.textContent).to.include('unita.tv');
    } finally {
      el.remove();
    }
  });

  it('writes no script URL into a generated snippet or its fallback link', () => {
    for (const url of HOSTILE_URLS) {
      const options = { tag: 'dprk-russia-tally', lang: 'en', theme: 'auto', articleUrl: url, src: url } as const;
      const code = scriptSnippet(bundledStory, options, url);
      expect(code, url).not.to.match(/javascript:|vbscript:|data:text|file:/i);
      expect(toHtml(fallback(bundledStory, options))).not.to.include('href=');
    }
    const ok = scriptSnippet(
      bundledStory,
      { tag: 'dprk-russia-tally', lang: 'en', theme: 'auto', articleUrl: 'https://www.unita.tv/a' },
      '/dist/dprk-russia-widgets.js',
    );
    expect(ok).to.include('href="https://www.unita.tv/a"').and.include('src="/dist/dprk-russia-widgets.js"');
  });
});

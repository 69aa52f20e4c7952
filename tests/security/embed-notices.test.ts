// Issue 23, row 2: a stranger's link to the publisher's embed page must not put the stranger's
// words on the publisher's domain. Notices name the parameter (or attribute) and what it takes,
// never the value; only the console warning carries it, escaped and cut.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { StoryElement } from '../../src/base/story-element.js';
import { openFrame, waitFor } from '../embed/embed-helpers.js';
import { bothLanguages, captureWarnings } from '../helpers.js';
import { startEmbedPage } from '../../src/embed/page/embed-page.js';

await bothLanguages();

/** The sentence from the issue, and the same words written right to left behind U+202E. */
const SENTENCE = 'x". UFFICIALE: 50.000 soldati nordcoreani uccisi (CNN). "';
const REVERSED = '\u202Eiccisu inaeroccdron itadlos 000.05 :ELAICIFFU';
const ATTACKS = [SENTENCE, REVERSED, `https://ufficiale-50000-soldati-uccisi.example/${encodeURIComponent(SENTENCE)}`];
/** What must never be on screen: the words of any attack, in any case, and the override character. */
const forbidden = (text: string) => /ufficiale|elaiciffu|inaeroccdron|\u202E/i.exec(text)?.[0] ?? null;

/** Every text node of the page, shadow roots included. */
function pageText(node: Node): string {
  let text = '';
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) text += `${n.nodeValue} `;
    if (n instanceof Element && n.shadowRoot) walk(n.shadowRoot);
    for (const child of n.childNodes) walk(child);
  };
  walk(node);
  return text.replace(/\s+/g, ' ');
}

async function open(url: string): Promise<{ frame: HTMLIFrameElement; doc: Document; win: Window }> {
  const { frame, doc } = await openFrame(url);
  // The widget has rendered (its title is in its shadow root), and a src, if any, has been tried.
  await waitFor(
    () => !!doc.querySelector('#embed-root > :not(p)')?.shadowRoot?.querySelector('.title'),
    'the widget',
    8000,
  );
  const el = doc.querySelector('#embed-root > :not(p)') as StoryElement;
  await el.dataSettled;
  await el.updateComplete;
  return { frame, doc, win: frame.contentWindow! };
}

const EMBED_PAGES = [
  { page: '/dist/embed.html', params: ['el', 'lang', 'theme', 'src', 'refresh', 'id'] },
  // A pre-rendered page reads only src, refresh and id; el, lang and theme are ignored (no notice either).
  { page: '/dist/embed/dprk-russia-tally.it.auto.html', params: ['src', 'refresh', 'id', 'el', 'lang', 'theme'] },
];

describe('embed page notices never repeat a stranger’s words', function () {
  this.timeout(30_000);

  for (const { page, params } of EMBED_PAGES) {
    for (const lang of ['it', 'en']) {
      for (const param of params) {
        it(`${page} (${lang}): a sentence in “${param}” is named, not shown, in one notice`, async () => {
          for (const attack of ATTACKS) {
            const query = new URLSearchParams({ el: 'dprk-russia-tally', lang, [param]: attack });
            if (param === 'refresh') query.set('src', '/dist/__sec/typed');
            const { frame, doc } = await open(`${page}?${query}`);
            try {
              const text = pageText(doc.body);
              expect(forbidden(text), `${param}=${attack.slice(0, 20)}: ${text.slice(0, 300)}`).to.equal(null);
              const notices = [...doc.querySelectorAll('.embed-notice')].map((n) => n.textContent!);
              expect(notices.length, notices.join(' | ')).to.be.at.most(1);
              if (notices.length) expect(notices[0]).to.include(`“${param}”`);
            } finally {
              frame.remove();
            }
          }
        });
      }
    }
  }

  it('puts the value in the console warning only, quoted, with U+202E escaped and the value cut', async () => {
    // The embed page's own code, run on this page with the link's query (the frame's console is not this one).
    const url = location.href;
    const lang = document.documentElement.lang;
    const root = document.createElement('main');
    document.body.append(root);
    const warnings = captureWarnings();
    let stop = () => {};
    try {
      history.replaceState(null, '', `?el=${encodeURIComponent(REVERSED + 'y'.repeat(200))}&lang=en`);
      stop = startEmbedPage(root);
      await waitFor(() => !!root.querySelector('.embed-notice'), 'the notice');
    } finally {
      history.replaceState(null, '', url);
      warnings.restore();
      stop();
      root.remove();
      document.documentElement.lang = lang;
      document.documentElement.style.colorScheme = '';
    }
    const warning = warnings.messages.find((m) => m.includes('embed page'))!;
    expect(warning).to.be.a('string');
    expect(warning).to.include('"el"').and.include('\\u202e');
    expect(warning).not.to.include('\u202E');
    expect(warning).not.to.include('y'.repeat(100));
    expect(root.textContent).not.to.include('y'.repeat(10));
  });
});

describe('element notices never repeat a stranger’s words', function () {
  this.timeout(20_000);

  for (const lang of ['it', 'en']) {
    for (const attr of ['lang', 'theme', 'refresh', 'src-timeout', 'heading-level']) {
      it(`(${lang}) a sentence in ${attr} is named in one notice, never shown`, async () => {
        for (const attack of [SENTENCE, REVERSED]) {
          const warnings = captureWarnings();
          const el = document.createElement('dprk-russia-tally') as StoryElement;
          el.setAttribute('lang', lang);
          el.setAttribute(attr, attack);
          const wrapper = document.createElement('div');
          wrapper.lang = lang;
          wrapper.append(el);
          document.body.append(wrapper);
          try {
            await waitFor(() => !!el.shadowRoot?.querySelector('.title'), 'the card');
            await el.updateComplete;
            const text = pageText(el.shadowRoot!);
            expect(forbidden(text), text.slice(0, 300)).to.equal(null);
            const notices = [...el.shadowRoot!.querySelectorAll('.notice p')].map((p) => p.textContent!);
            expect(notices.filter((n) => n.includes(`“${attr}”`)).length, notices.join(' | ')).to.equal(1);
            expect(warnings.messages.join('\n')).not.to.include('\u202E');
          } finally {
            warnings.restore();
            wrapper.remove();
          }
        }
      });
    }
  }

  it('says what the data lacks without quoting strings from it', async () => {
    const warnings = captureWarnings();
    const el = document.createElement('dprk-russia-tally') as StoryElement;
    el.setAttribute('lang', 'en');
    const script = document.createElement('script');
    script.type = 'application/json';
    // Wrong types everywhere a schema message might quote the value it refused.
    script.textContent = JSON.stringify({
      version: SENTENCE,
      asOf: REVERSED,
      figures: [{ id: SENTENCE, value: REVERSED }],
      [SENTENCE]: 1,
    });
    el.append(script);
    document.body.append(el);
    try {
      await waitFor(() => !!el.shadowRoot?.querySelector('.notice'), 'the notice');
      const text = pageText(el.shadowRoot!);
      expect(forbidden(text), text.slice(0, 300)).to.equal(null);
      expect(text).to.include('does not match the schema');
      expect(warnings.messages.join('\n')).not.to.include('\u202E');
    } finally {
      warnings.restore();
      el.remove();
    }
  });
});

import { expect } from '@open-wc/testing';
import { html, unsafeStatic } from 'lit/static-html.js';
import '../../src/index.js';
import type { StoryElement } from '../../src/base/story-element.js';
import type { DataErrorEvent } from '../../src/data/events.js';
import { $, $$, captureWarnings, fixture, jsonUrl, datedTo, storyCopy, textOf, waitFor } from '../helpers.js';
import { WIDGETS, widget } from '../../src/widgets.js';
import style from '../../data/style.json' with { type: 'json' };

/** Every convention below holds for each element. */
const TAGS = WIDGETS.map((w) => w.tag);

const make = (tag: string, attrs = '', children = '') =>
  fixture<StoryElement>(html`${unsafeStatic(`<${tag} ${attrs}>${children}</${tag}>`)}`);

const rgb = (el: Element, prop: string) => getComputedStyle(el).getPropertyValue(prop);

for (const tag of TAGS) {
  describe(`<${tag}> conventions`, () => {
    afterEach(() => {
      document.documentElement.style.colorScheme = '';
    });

    it('takes the closest lang on the page when it has none, and follows it', async () => {
      const wrapper = document.createElement('div');
      wrapper.lang = 'en-GB';
      document.body.append(wrapper);
      const el = document.createElement(tag) as StoryElement;
      wrapper.append(el);
      await el.updateComplete;
      expect(el.resolvedLang).to.equal('en');
      const kicker = style.labels[`kicker.${widget(tag).topic}`];
      expect(textOf($(el, '.kicker'))).to.equal(kicker.en);
      wrapper.lang = 'it';
      await waitFor(() => el.resolvedLang === 'it', 'lang to follow the page');
      await el.updateComplete;
      expect(textOf($(el, '.kicker'))).to.equal(kicker.it);
      wrapper.remove();
    });

    it('speaks Italian when neither it nor the page names a language it has', async () => {
      const wrapper = document.createElement('div');
      wrapper.lang = 'de';
      document.body.append(wrapper);
      const el = document.createElement(tag) as StoryElement;
      wrapper.append(el);
      await el.updateComplete;
      expect(el.resolvedLang).to.equal('it');
      expect($$(el, '.notice')).to.have.length(0);
      wrapper.remove();
    });

    it('shows a notice and warns for a lang it does not speak', async () => {
      const warnings = captureWarnings();
      try {
        const el = await make(tag, 'lang="fr"');
        expect(textOf($(el, '.notice')))
          .to.include('“lang”')
          .and.not.include('“fr”');
        expect(warnings.messages.some((m) => m.includes('lang="fr"'))).to.equal(true);
        expect(el.resolvedLang).to.equal('it');
      } finally {
        warnings.restore();
      }
    });

    it('formats numbers and dates for its language', async () => {
      const it = await make(tag, 'lang="it"');
      const en = await make(tag, 'lang="en"');
      expect(textOf($(it, '.as-of'))).to.equal(
        'Articolo di unita.tv senza data. La data più recente che riporta è il 25 marzo; l’anno non è indicato.',
      );
      expect(textOf($(en, '.as-of'))).to.equal(
        'The unita.tv article is undated. The latest date it gives is 25 March; no year is given.',
      );
    });

    it('switches theme at run time', async () => {
      const el = await make(tag, 'theme="light"');
      const card = $(el, '.card');
      const light = rgb(card, 'background-color');
      el.theme = 'dark';
      await el.updateComplete;
      expect(card.dataset.theme).to.equal('dark');
      expect(rgb(card, 'background-color')).to.not.equal(light);
      expect(rgb(card, 'color-scheme')).to.equal('dark');
    });

    it('follows the host page’s color-scheme in auto, so a site’s dark-mode toggle switches it', async () => {
      document.documentElement.style.colorScheme = 'light';
      const el = await make(tag);
      expect(el.resolvedScheme).to.equal('light');
      document.documentElement.style.colorScheme = 'dark';
      await waitFor(() => el.resolvedScheme === 'dark', 'the widget to follow the page');
      await el.updateComplete;
      expect($(el, '.card').dataset.theme).to.equal('dark');
    });

    it('lets embedders theme it through documented custom properties and parts', async () => {
      const style = document.createElement('style');
      style.textContent = `${tag} { --drw-bg: rgb(1, 2, 3); } ${tag}::part(title) { color: rgb(4, 5, 6); }`;
      document.head.append(style);
      try {
        const el = await make(tag, 'theme="light"');
        expect(rgb($(el, '.card'), 'background-color')).to.equal('rgb(1, 2, 3)');
        expect(rgb($(el, '.title'), 'color')).to.equal('rgb(4, 5, 6)');
      } finally {
        style.remove();
      }
    });

    it('shows a notice and warns for an unknown theme', async () => {
      const warnings = captureWarnings();
      try {
        const el = await make(tag, 'theme="neon"');
        expect(textOf($(el, '.notice')))
          .to.include('“theme”')
          .and.not.include('“neon”');
        expect(warnings.messages.some((m) => m.includes('theme="neon"'))).to.equal(true);
      } finally {
        warnings.restore();
      }
    });

    for (const width of [280, 1200]) {
      it(`is readable at ${width}px: nothing overflows sideways`, async () => {
        const el = await make(tag, 'lang="it"');
        el.style.width = `${width}px`;
        await el.updateComplete;
        await new Promise((r) => requestAnimationFrame(r));
        const card = $(el, '.card');
        expect(card.scrollWidth).to.be.at.most(card.clientWidth + 1);
        for (const child of $$(el, '.card *')) {
          const right = child.getBoundingClientRect().right;
          expect(right, child.className || child.localName).to.be.at.most(card.getBoundingClientRect().right + 1);
        }
      });
    }

    it('uses data from src, and tells the page', async () => {
      const story = storyCopy();
      datedTo(story, '2025-04-02');
      const el = await make(tag, `lang="en" src="${jsonUrl(story)}"`);
      let loaded = false;
      el.addEventListener('drw-data-load', () => (loaded = true));
      await el.dataSettled;
      await el.updateComplete;
      expect(textOf($(el, '.as-of'))).to.equal(
        'The unita.tv article is undated. The latest date it gives is 2 April; no year is given.',
      );
      expect(loaded || el.story.asOf === '2025-04-02').to.equal(true);
    });

    const failures: Array<[string, string, string, RegExp]> = [
      ['broken JSON', jsonUrl('{"schemaVersion": 1,'), 'json', /invalid JSON/],
      ['the wrong shape', jsonUrl({ schemaVersion: 1, figures: 'many' }), 'invalid', /does not match the schema/],
      ['a missing file', '/no-such-story.json', 'http', /HTTP status 404/],
    ];
    for (const [what, src, reason, message] of failures) {
      it(`keeps the bundled data on screen, with a notice, a warning and an event, for ${what}`, async () => {
        const warnings = captureWarnings();
        try {
          const el = document.createElement(tag) as StoryElement;
          el.lang = 'en';
          const events: DataErrorEvent[] = [];
          el.addEventListener('drw-data-error', (e) => events.push(e));
          el.setAttribute('src', src);
          document.body.append(el);
          await el.dataSettled;
          await el.updateComplete;
          expect(events.map((e) => e.reason)).to.deep.equal([reason]);
          expect(textOf($(el, '.notice')))
            .to.match(message)
            .and.include('showing the article’s data');
          expect($(el, '.notice').getAttribute('role')).to.equal('status');
          expect(textOf($(el, '.as-of'))).to.equal(
            'The unita.tv article is undated. The latest date it gives is 25 March; no year is given.',
          );
          expect(warnings.messages.some((m) => m.includes(reason))).to.equal(true);
          el.remove();
        } finally {
          warnings.restore();
        }
      });
    }

    it('gives up on a slow src after src-timeout, keeping the bundled data', async () => {
      const warnings = captureWarnings();
      try {
        const el = await make(tag, 'lang="it" src="/__test/slow" src-timeout="300"');
        await el.dataSettled;
        await el.updateComplete;
        expect(textOf($(el, '.notice'))).to.include('tempo scaduto');
        expect(textOf($(el, '.as-of'))).to.equal(
          'Articolo di unita.tv senza data. La data più recente che riporta è il 25 marzo; l’anno non è indicato.',
        );
      } finally {
        warnings.restore();
      }
    });

    it('reads inline JSON and shows markup inside strings as text, never running it', async () => {
      const story = storyCopy();
      const payload = '<img src=x onerror="window.__pwned=1"><b>bold</b>';
      story.article.publisher = payload;
      const json = JSON.stringify(story).replace(/</g, '\\u003c');
      const el = await make(tag, 'lang="en"', `<script type="application/json">${json}</script>`);
      await el.dataSettled;
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 50));
      expect(textOf($(el, '.publisher'))).to.include(payload);
      expect($$(el, 'img, b')).to.have.length(0);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });
}

// Host-page CSS that re-registers the cards' private custom properties or turns
// the page right-to-left (issue 23, row 6): each card keeps its figures, colours,
// boxes and writing direction, compared with the same card before the rules.
import '../../src/index.js';
import { WIDGETS } from '../../src/widgets.js';
import { expect } from '@open-wc/testing';
import { expectUnchanged, signature } from './client-css-helpers.js';
import { frames, nextEvent } from '../embed/embed-helpers.js';
import { stylesheetsLoaded } from '../ssr/ssr-helpers.js';

/**
 * The private custom properties (`--_*`) the cards used when issue 23 was filed,
 * and any their styles use now: a host page can register any of them (@property
 * registrations are the document's, shadow trees included).
 */
const PRIVATE_PROPERTIES = [
  ...new Set(
    [
      ...'accent bad bar bg border chart-1 chart-2 chart-3 fg focus lane muted notice-bg ok placeholder state status surface warn'.split(
        ' ',
      ),
      ...'space-1 space-2 space-3 space-4 space-5 text-figure text-lead text-micro text-small text-title'.split(' '),
    ]
      .map((name) => `--_${name}`)
      .concat(
        WIDGETS.flatMap(({ tag }) =>
          (
            (customElements.get(tag) as unknown as { elementStyles?: (CSSStyleSheet | { cssText: string })[] })
              .elementStyles ?? []
          )
            .map((sheet) =>
              'cssText' in sheet ? sheet.cssText : [...sheet.cssRules].map((rule) => rule.cssText).join('\n'),
            )
            .flatMap((text) => text.match(/--_[\w-]+/g) ?? []),
        ),
      ),
  ),
];

/** Registers every private property from the host page, as `syntax` with that initial value and no inheritance. */
const registered = (syntax: string, initial: string) =>
  PRIVATE_PROPERTIES.map(
    (name) => `@property ${name} { syntax: '${syntax}'; inherits: false; initial-value: ${initial} }`,
  ).join('\n');

const ATTACKS: Record<string, string> = {
  'the private custom properties registered as lengths, 0px, not inherited': registered('<length>', '0px'),
  'the private custom properties registered as colours, black, not inherited': registered('<color>', 'black'),
  'the private custom properties registered as anything, not inherited': registered('*', 'initial-value-from-the-host'),
  'direction: rtl on the page and on the element': `html, body { direction: rtl } ${WIDGETS.map((w) => w.tag).join(', ')} { direction: rtl; unicode-bidi: bidi-override }`,
};

describe('host page CSS against the card’s private properties and direction', function () {
  this.timeout(30_000);
  for (const { tag } of WIDGETS) {
    for (const [name, css] of Object.entries(ATTACKS)) {
      it(`<${tag}> keeps its figures, colours, boxes and direction under ${name}`, () => expectUnchanged(tag, css));
    }
  }
});

describe('the same rules against pre-rendered cards, with no script (dist/css/<tag>.css alone)', function () {
  this.timeout(30_000);
  for (const { tag } of WIDGETS) {
    it(`<${tag}> pre-rendered keeps its figures, colours, boxes and direction under each of them`, async () => {
      const frame = document.createElement('iframe');
      frame.setAttribute('sandbox', 'allow-same-origin'); // scripts off: only the markup and its stylesheet
      frame.style.cssText = 'position:fixed;top:0;left:0;display:block;width:640px;height:800px;border:0';
      frame.src = `/dist/embed/${tag}.en.light.html`;
      const loaded = nextEvent(frame, 'load');
      document.body.append(frame);
      await loaded;
      const doc = frame.contentDocument!;
      await stylesheetsLoaded(doc);
      await frames();
      const el = doc.querySelector(tag)!;
      expect(frame.contentWindow!.customElements.get(tag), 'no script ran').to.equal(undefined);
      expect(el.shadowRoot, 'the declarative shadow root').not.to.equal(null);
      const clean = signature(el, frame.contentWindow!);
      for (const [name, css] of Object.entries(ATTACKS)) {
        const style = doc.createElement('style');
        style.textContent = css;
        doc.head.append(style);
        await frames();
        expect(signature(el, frame.contentWindow!), name).to.deep.equal(clean);
        style.remove();
        await frames();
      }
      frame.remove();
    });
  }
});

describe('host page CSS against the public size property', function () {
  this.timeout(30_000);
  // Registered by a script on the page with no value set anywhere: the var() fallback no longer applies.
  const css = `@property --drw-font-size { syntax: '<length>'; inherits: false; initial-value: 0px }`;
  for (const { tag } of WIDGETS) {
    it(`<${tag}> keeps its text at a readable size when --drw-font-size is registered as 0px`, async () => {
      const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
      el.setAttribute('lang', 'en');
      const style = document.createElement('style');
      style.textContent = css;
      document.head.append(style);
      document.body.append(el);
      try {
        await el.updateComplete;
        const title = el.shadowRoot!.querySelector<HTMLElement>('#title, .title')!;
        expect(title.getBoundingClientRect().height, 'the heading has a height').to.be.greaterThan(10);
        const card = el.shadowRoot!.querySelector('.card')!;
        expect(parseFloat(getComputedStyle(card).fontSize), 'the card’s font size').to.be.at.least(12);
      } finally {
        el.remove();
        style.remove();
      }
    });
  }
});

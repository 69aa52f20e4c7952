import { expect } from '@open-wc/testing';
import type { DprkRussiaTally } from '../../src/elements/dprk-russia-tally/dprk-russia-tally.js';
import type { DataErrorEvent, DataLoadEvent } from '../../src/data/events.js';
import { jsonUrl, datedTo, storyCopy } from '../helpers.js';
import { load, nextEvent, shadowText } from './embed-helpers.js';

/** What React 19, Vue and Svelte do with a custom element: set properties, listen to events. */
describe('used from a framework: properties and events', () => {
  it('keeps properties set before the element is defined', async () => {
    // A framework may render the element before the widget's module has loaded.
    const el = document.createElement('dprk-russia-tally') as DprkRussiaTally;
    const story = storyCopy();
    datedTo(story, '2025-04-20');
    Object.assign(el, { lang: 'en', theme: 'dark', src: jsonUrl(story), headingLevel: 4 });
    const loaded = nextEvent<DataLoadEvent>(el, 'drw-data-load');
    document.body.append(el);
    await load('/src/elements/dprk-russia-tally/define.ts');
    await customElements.whenDefined('dprk-russia-tally');
    expect((await loaded).origin).to.equal('src');
    await el.updateComplete;
    expect(el.resolvedLang).to.equal('en');
    expect(el.resolvedScheme).to.equal('dark');
    expect(el.shadowRoot!.querySelector('h4.title')!.textContent).to.equal('North Korean soldiers sent to Russia');
    expect(el.shadowRoot!.querySelector('.as-of time')!.getAttribute('datetime')).to.equal('--04-20');
    el.remove();
  });

  it('follows property changes and reports bad data through drw-data-error', async () => {
    await load('/src/elements/dprk-russia-tally/define.ts');
    const el = document.createElement('dprk-russia-tally') as DprkRussiaTally;
    el.lang = 'it';
    document.body.append(el);
    await el.updateComplete;
    expect(shadowText(el)).to.include('Soldati nordcoreani inviati in Russia');

    el.lang = 'en';
    el.theme = 'light';
    await el.updateComplete;
    expect(shadowText(el)).to.include('North Korean soldiers sent to Russia');
    expect(el.resolvedScheme).to.equal('light');

    const failed = nextEvent<DataErrorEvent>(document.body, 'drw-data-error'); // it bubbles, as a framework's handler on a parent expects
    el.src = jsonUrl('{ not json');
    const error = await failed;
    expect(error.target).to.equal(el);
    expect(error.reason).to.equal('json');
    expect(error.origin).to.equal('src');
    el.remove();
  });
});

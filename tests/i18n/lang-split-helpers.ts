// What a reader sees of a widget while its language loads: complete Italian,
// complete English, or something else (a key, an empty title, both languages).
import story from '../../data/story.json' with { type: 'json' };
import style from '../../data/style.json' with { type: 'json' };
import { expect } from '@open-wc/testing';
import chrome from '../../data/chrome.json' with { type: 'json' };

/** Dotted message keys, as `t()` would leave them if a string were missing ("chart.showData"). */
const KEYS = [...Object.keys(chrome), ...Object.keys(style.labels)].filter((k) => k.includes('.'));

/**
 * The language a widget's shadow DOM shows, whole: `it` or `en` when its
 * title, kicker and as-of line are all in that language and nothing in it is
 * a message key, `undefined` or the other language's title; otherwise a
 * description of what is wrong.
 */
export function speaks(el: Element): string {
  const root = el.shadowRoot;
  if (!root) return 'no shadow root';
  const text = root.textContent ?? '';
  const title = root.querySelector('#title')?.textContent?.trim() ?? '';
  const kicker = root.querySelector('.kicker')?.textContent?.trim() ?? '';
  if (!title) return 'empty title';
  const key = KEYS.find((k) => text.includes(k));
  if (key) return `key ${key}`;
  if (/undefined|\{\w+\}/.test(text)) return 'undefined or placeholder';
  const langOf = (lang: 'it' | 'en') =>
    title === story.truce.title[lang] &&
    kicker === style.labels['kicker.russia-ukraine'][lang] &&
    text.includes(chrome.asOf[lang].split('{')[0].trim()) &&
    root.querySelector('article')?.getAttribute('lang') === lang;
  const it = langOf('it');
  const en = langOf('en');
  if (it && !en && !text.includes(story.truce.title.en)) return 'it';
  if (en && !it && !text.includes(story.truce.title.it)) return 'en';
  return `mixed or unknown: ${title} / ${kicker}`;
}

/** Records what the widget shows after every change to its shadow DOM, until `stop()`. */
export function shadowWatch(el: Element): { stop: () => string[] } {
  const seen: string[] = [];
  const observer = new MutationObserver(() => seen.push(speaks(el)));
  observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
  return {
    stop: () => {
      const records = observer.takeRecords();
      if (records.length) seen.push(speaks(el));
      observer.disconnect();
      return seen;
    },
  };
}

export const frames = (n: number): Promise<void> =>
  new Promise((resolve) => {
    const step = (left: number) => (left ? requestAnimationFrame(() => step(left - 1)) : resolve());
    step(n);
  });

/**
 * Switches a widget's language with `change()` and watches every state its
 * shadow DOM goes through until it shows `to`: complete `from`, then complete
 * `to`, nothing between and nothing after.
 */
export async function switchesCleanly(
  el: Element & { updateComplete: Promise<unknown>; resolvedLang: string },
  from: 'it' | 'en',
  to: 'it' | 'en',
  change: () => Promise<void> | void,
): Promise<void> {
  const watch = shadowWatch(el);
  await change();
  for (let i = 0; i < 200 && speaks(el) !== to; i++) await frames(1);
  await el.updateComplete;
  const seen = watch.stop();
  expect(speaks(el)).to.equal(to);
  expect(el.resolvedLang).to.equal(to);
  expect(seen.length).to.be.greaterThan(0);
  expect(
    seen.every((s) => s === from || s === to),
    `states seen: ${seen.join(', ')}`,
  ).to.equal(true);
  expect(seen.indexOf(to)).to.equal(seen.length - seen.filter((s) => s === to).length);
}

// `npm run new-widget <tag>`: the files a new widget needs, ready for `npm run sync`.
// - an entry at the end of the registry (src/widgets.ts), not composed into the story page;
// - its heading in the desk's style sheet (data/style.json, `<tag>.title`), in Italian and English;
// - src/elements/<tag>/: the element class, its styles and define.ts (its guarded registration);
// - tests/elements/<tag>.test.ts: the card renders its heading, in Italian and in English, and its
//   figure with its qualifier and source.
// Options: --title-it, --title-en (the heading; the tag until the desk gives one),
// --name-it, --name-en (how the embed-code generator lists it). Writes nothing if
// the tag is taken or not a valid custom-element name. CONTRIBUTING.md has the steps after it.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'title-it': { type: 'string' },
    'title-en': { type: 'string' },
    'name-it': { type: 'string' },
    'name-en': { type: 'string' },
  },
});
const tag = positionals[0];
const fail = (message) => {
  console.error(`new-widget: ${message}`);
  process.exit(1);
};
if (!tag || positionals.length > 1)
  fail('usage: npm run new-widget <tag> [-- --title-it "…" --title-en "…" --name-it "…" --name-en "…"]');
// Lowercase letters and digits, at least one hyphen: a valid custom-element name, and a safe file and CSS name.
if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)+$/.test(tag))
  fail(`"${tag}" is not a custom-element name of lowercase letters, digits and hyphens (with at least one hyphen)`);

const REGISTRY = 'src/widgets.ts';
const STYLE = 'data/style.json';
const folder = `src/elements/${tag}`;
const testFile = `tests/elements/${tag}.test.ts`;
const registry = readFileSync(REGISTRY, 'utf8');
const style = readFileSync(STYLE, 'utf8');
if (registry.includes(`tag: '${tag}'`)) fail(`${REGISTRY} already has <${tag}>`);
for (const path of [folder, testFile]) if (existsSync(path)) fail(`${path} already exists`);

const titleKey = `${tag}.title`;
if (JSON.parse(style).labels[titleKey]) fail(`${STYLE} already has "${titleKey}"`);
const title = { it: values['title-it'] ?? tag, en: values['title-en'] ?? tag };
const name = { it: values['name-it'] ?? title.it, en: values['name-en'] ?? title.en };
const className = tag.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase());
const stylesName = `${className[0].toLowerCase()}${className.slice(1)}Styles`;
const str = (text) => `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;

// 1. The registry entry, last. `reservePx` and `maxPx` are 0 until `npm run sync` measures the card.
const END = '] as const satisfies readonly WidgetSpec[];';
if (!registry.includes(END)) fail(`${REGISTRY} does not end its list with \`${END}\`: add the entry by hand`);
const entry = `  {
    tag: '${tag}',
    name: { it: ${str(name.it)}, en: ${str(name.en)} },
    title: (_story, lang) => t(lang, '${titleKey}'),
    headline: null,
    reservePx: 0,
    maxPx: 0,
    topic: 'all',
    story: null,
  },
`;

// 2. The heading, in the style sheet's labels (after the last one; the file keeps one label per line).
const labelsStart = style.indexOf('\n  "labels": {');
const labelsEnd = labelsStart < 0 ? -1 : style.indexOf('\n  },', labelsStart);
if (labelsEnd < 0) fail(`${STYLE}: could not find the end of "labels"; add "${titleKey}" by hand`);
const label = `,\n\n    ${JSON.stringify(titleKey)}: ${JSON.stringify({ it: title.it, en: title.en }).replace(/^\{/, '{ ').replace(/\}$/, ' }').replace(/","/g, '", "').replace(/":"/g, '": "')}`;

// 3. The element: a card with the frame every widget shares (kicker, heading, sources, as-of date), and
//    as a starting point one figure of the data shown as every figure must be: label, qualifier, source.
const element = `import { html, nothing, type TemplateResult } from 'lit';
import { StoryElement } from '../../base/story-element.js';
import { widget } from '../../widgets.js';
import type { Story } from '../../data/schema.js';
import { figure, figureCredit } from '../../data/story.js';
import { pick, qualifiedNumber, t, type Lang } from '../../i18n/i18n.js';
import { ${stylesName} } from './${tag}.styles.js';

/** The figure the scaffold shows (an id in data/story.json's \`figures\`): replace with what the card is about. */
const FIGURE = 'troops-total';

/**
 * TODO: what the card shows, in a sentence (custom-elements.json and the docs read this).
 *
 * @summary TODO: one line.
 *
 * @csspart base - The card.
 * @csspart header - Kicker and title.
 * @csspart title - The card heading.
 * @csspart body - The card's content.
 * @csspart footer - Sources, editors' notes, and how the data is dated (the article is undated).
 * @csspart notice - Notices about data or attributes.
 *
 * @fires drw-data-load - Data from \`src\` or inline JSON was applied.
 * @fires drw-data-error - Data from \`src\` or inline JSON was rejected; the previous data stays.
 */
export class ${className} extends StoryElement {
  static override styles = [...StoryElement.styles, ${stylesName}];

  protected readonly entry = widget('${tag}');

  /** The sources the body cites (ids in story.sources), credited in the footer. */
  protected sourceIds(story: Story): string[] {
    const shown = figure(story, FIGURE);
    return shown?.source && !shown.derived ? [shown.source] : [];
  }

  /** The figures the card shows: an update to one of them puts its update line on this card. */
  protected override figureIds(): readonly string[] {
    return [FIGURE];
  }

  /** The card's content, from the story's data only: every figure with its qualifier and its source. */
  protected renderBody(story: Story, lang: Lang): TemplateResult {
    const shown = figure(story, FIGURE);
    if (!shown) return html\`\${nothing}\`;
    return html\`<p class="figure">
      <strong class="value">\${qualifiedNumber(lang, shown.value, shown.qualifier)}</strong>
      <span class="label">\${pick(shown.label, lang)}</span>
      <span class="source">\${t(lang, 'sourceLabel')}: \${figureCredit(story, shown, lang)}</span>
    </p>\`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    '${tag}': ${className};
  }
}
`;
const styles = `import { css } from 'lit';
import { color, space, textSize } from '../../styles/card.styles.js';

/**
 * The card's own styles, after the frame's (StoryElement.styles). Colours, spaces and sizes come
 * from the card's scales as values (color, space, textSize), never through a private custom
 * property, which a host page could register and empty (tests/security/client-host-css.test.ts).
 */
export const ${stylesName} = css\`
  .figure {
    display: flex;
    flex-direction: column;
    gap: \${space[1]};
    margin: 0;
  }
  .value {
    color: \${color.accent};
    font-size: \${textSize.figure};
  }
\`;
`;
const define = `import { ${className} } from './${tag}.js';
import { defineElement } from '../../define.js';

defineElement('${tag}', ${className});

export { ${className} };
`;
const test = `import { expect, html } from '@open-wc/testing';
import '../../src/elements/${tag}/define.js';
import type { ${className} } from '../../src/elements/${tag}/${tag}.js';
import { $, fixture, textOf } from '../helpers.js';

describe('<${tag}>', () => {
  it('shows its heading in Italian, as the card’s first heading', async () => {
    const el = await fixture<${className}>(html\`<${tag} lang="it"></${tag}>\`);
    expect(textOf($(el, 'h2.title'))).to.equal(${str(title.it)});
  });

  it('shows its heading in English', async () => {
    const el = await fixture<${className}>(html\`<${tag} lang="en"></${tag}>\`);
    expect(textOf($(el, 'h2.title'))).to.equal(${str(title.en)});
  });

  it('shows its figure with the article’s qualifier and its source', async () => {
    const el = await fixture<${className}>(html\`<${tag} lang="en"></${tag}>\`);
    expect(textOf($(el, '.figure .value'))).to.equal('about 11,000');
    expect(textOf($(el, '.figure .label'))).to.equal('Soldiers sent since the start of the conflict between Russia and Ukraine');
    expect(textOf($(el, '.figure .source'))).to.include('South Korea’s Joint Chiefs of Staff');
  });
});
`;

writeFileSync(REGISTRY, registry.replace(END, `${entry}${END}`));
writeFileSync(STYLE, `${style.slice(0, labelsEnd)}${label}${style.slice(labelsEnd)}`);
mkdirSync(folder, { recursive: true });
writeFileSync(`${folder}/${tag}.ts`, element);
writeFileSync(`${folder}/${tag}.styles.ts`, styles);
writeFileSync(`${folder}/define.ts`, define);
writeFileSync(testFile, test);
// Written as the repository formats its code, so `npm test`'s format check passes as it is.
const files = [REGISTRY, `${folder}/${tag}.ts`, `${folder}/${tag}.styles.ts`, `${folder}/define.ts`, testFile];
const prettier = spawnSync(
  process.execPath,
  ['node_modules/prettier/bin/prettier.cjs', '--write', '--log-level', 'warn', ...files],
  { stdio: 'inherit' },
);
if (prettier.status !== 0) console.warn('new-widget: Prettier could not format the new files: run `npm run format`.');
console.log(`new-widget: <${tag}> written:
  ${REGISTRY} (its entry, last)      ${STYLE} ("${titleKey}")
  ${folder}/${tag}.ts, ${tag}.styles.ts, define.ts
  ${testFile}
Next: \`npm run sync\` (writes the index, package.json and the card's measured heights), then
\`npm run test:update-visual\` for its screenshots; CONTRIBUTING.md, "Add a widget", has the rest.`);

import { expect } from '@open-wc/testing';
import { WIDGETS } from '../../src/widgets.js';
import { load } from './embed-helpers.js';

interface Manifest {
  modules: {
    path: string;
    declarations?: {
      name: string;
      tagName?: string;
      customElement?: boolean;
      summary?: string;
      attributes?: { name: string }[];
      events?: { name: string }[];
      cssParts?: unknown[];
    }[];
    exports?: { kind: string; name: string; declaration: { name: string; module: string } }[];
  }[];
}
type Exports = Record<string, string | { types: string; default: string }>;

const json = async <T>(url: string): Promise<T> => (await fetch(url)).json() as Promise<T>;
const exists = async (path: string) => (await fetch(`/${path.replace(/^\.\//, '')}`, { method: 'HEAD' })).ok;

describe('npm package: exports map and custom-elements.json', () => {
  let pkg: Record<string, unknown> & { exports: Exports; sideEffects: string[] };
  let manifest: Manifest;
  let tags: string[];
  before(async () => {
    pkg = await json('/package.json');
    manifest = await json('/custom-elements.json');
    tags = manifest.modules
      .flatMap((m) => m.declarations ?? [])
      .filter((d) => d.customElement && d.tagName)
      .map((d) => d.tagName!);
  });

  it('lists every element of the story in the manifest, with its attributes, events and parts', () => {
    expect(tags.length).to.be.greaterThan(1);
    for (const tag of tags)
      expect(
        WIDGETS.map((e) => e.tag),
        `${tag} in the generator`,
      ).to.include(tag);
    for (const d of manifest.modules.flatMap((m) => m.declarations ?? []).filter((x) => x.tagName)) {
      expect(d.summary, `${d.tagName} summary`).to.be.a('string').and.not.equal('');
      expect(d.attributes!.map((a) => a.name)).to.include.members([
        'lang',
        'theme',
        'src',
        'src-timeout',
        'refresh',
        'heading-level',
      ]);
      expect(d.events!.map((e) => e.name)).to.include.members(['drw-data-load', 'drw-data-error']);
      expect(d.cssParts!.length, `${d.tagName} parts`).to.be.greaterThan(0);
    }
    const definitions = manifest.modules.flatMap((m) =>
      (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition'),
    );
    expect(definitions.map((d) => d.name).sort()).to.deep.equal([...tags].sort());
  });

  it('has one export per element, with types, each file built, and each registration module marked as a side effect', async () => {
    for (const tag of tags) {
      const entry = pkg.exports[`./${tag}.js`];
      expect(entry, `exports["./${tag}.js"]`).to.be.an('object');
      const { types, default: file } = entry as { types: string; default: string };
      expect(await exists(file), file).to.equal(true);
      expect(await exists(types), types).to.equal(true);
      expect(pkg.sideEffects).to.include(file);
    }
  });

  it('points main, module, types, ".", unpkg and jsdelivr at the all-in-one bundle, and exports the data, schema and manifest', async () => {
    const all = pkg.exports['.'] as { types: string; default: string };
    expect(all.default).to.equal('./dist/dprk-russia-widgets.js');
    expect(pkg.main).to.equal(all.default);
    expect(pkg.module).to.equal(all.default);
    expect(pkg.types).to.equal(all.types);
    expect(pkg.unpkg).to.equal('dist/dprk-russia-widgets.js');
    expect(pkg.jsdelivr).to.equal('dist/dprk-russia-widgets.js');
    expect(pkg.customElements).to.equal('custom-elements.json');
    for (const key of [
      './data/story.json',
      './story.schema.json',
      './package.json',
      './custom-elements.json',
      './reserve.css',
    ]) {
      expect(await exists(pkg.exports[key] as string), key).to.equal(true);
    }
    expect(await exists(all.types)).to.equal(true);
    const resizer = pkg.exports['./embed/iframe-resizer.js'] as { types: string; default: string };
    expect(await exists(resizer.default)).to.equal(true);
    expect(await exists(resizer.types)).to.equal(true);
  });

  it('defines only the element whose module is imported (built per-element entry)', async () => {
    await load('/dist/ceasefire-status.js');
    expect(customElements.get('ceasefire-status')).to.be.a('function');
    for (const tag of tags.filter((t) => t !== 'ceasefire-status'))
      expect(customElements.get(tag), tag).to.equal(undefined);
  });
});

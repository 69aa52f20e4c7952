// The bench pages, generated in memory from data/story.json and the embed snippet code.
import { ALL_ENTRY } from '../registry.mjs';
const head = (title, extra = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>
<style>body{margin:0;font:16px/1.5 system-ui,sans-serif}main{max-width:640px;margin:0 auto;padding:8px}</style>${extra}</head>`;

const BUNDLE = `/dist/${ALL_ENTRY}.js`;

/**
 * @param {object} story data/story.json
 * @param {{ fallback: Function, toHtml: Function, elementAttributes: Function, scriptSnippet: Function }} snippet src/embed/authoring/snippet.ts
 * @param {string[]} TAGS every widget, in registry order (src/widgets.ts)
 * @param {{ core: string, chart: string, text: { it: string, en: string } } | null} chunks the built chunks a snippet preloads (as the build stamps them into the generator)
 */
export function benchPages(story, snippet, TAGS, chunks = null) {
  /** The element as the generator's snippet writes it: attributes and fallback content. */
  const embed = (tag, lang = 'en', extra = '') => {
    const options = { tag, lang, theme: 'auto' };
    const attrs = Object.entries(snippet.elementAttributes(options))
      .map(([k, v]) => ` ${k}="${v}"`)
      .join('');
    return `<${tag}${attrs}${extra}>${snippet.toHtml(snippet.fallback(story, options))}</${tag}>`;
  };
  const value = (id) => story.figures.find((f) => f.id === id).value;
  const reserve = '<link rel="stylesheet" href="/dist/reserve.css">';
  /** What an editor pastes from the generator: preloads, script, reserved space, element with fallback. */
  const pasted = (tag, script) => snippet.scriptSnippet(story, { tag, lang: 'en', theme: 'auto' }, script, chunks);
  /** The README's one-script snippet, pasted as it shows it (the tally first), with or without the preload hints the generator would add (`'text'`: the text chunk's alone). */
  const readme = (tags, preloads) =>
    `${preloads === 'text' ? (chunks ? `<link rel="modulepreload" href="/dist/${chunks.text.it}">` : '') : preloads ? snippet.preloadLinks('dprk-russia-tally', BUNDLE, chunks, 'it') : ''}<script type="module" src="${BUNDLE}"></script>\n${tags.map((t) => `<${t} lang="it"></${t}>`).join('\n')}`;

  return {
    // Cards in view, the only chart (the tally's) far below the fold.
    '/bench/cards.html': `${head('cards', reserve)}<body><main>
${embed('ceasefire-status')}${embed('dprk-russia-arms')}
<div style="height:6000px"></div>${embed('dprk-russia-tally')}
</main><script type="module" src="${BUNDLE}"></script></body></html>`,

    // One card embedded through its own entry module, not the all-elements bundle.
    '/bench/card-one.html': `${head('one card', reserve)}<body><main>${embed('ceasefire-status')}</main>
<script type="module" src="/dist/ceasefire-status.js"></script></body></html>`,

    // An empty page with the bundle: first-render, 50 widgets and memory runs build on it.
    // __frameWork(): the main thread's work for the next frame (style, layout, paint of what was rendered), measured
    // from its animation-frame callback to the task after it. Cards off-screen are not laid out (content-visibility),
    // and a card in view is laid out in that frame, not by a forced read: a forced layout right after rendering would
    // measure the placeholder, not the card.
    '/bench/blank.html': `${head('blank')}<body><main id="host"></main><script>window.__frameWork=()=>new Promise((r)=>requestAnimationFrame(()=>{const f0=performance.now();setTimeout(()=>r(performance.now()-f0))}))</script><script type="module" src="${BUNDLE}"></script></body></html>`,

    // Layout shift: every element as an embedder writes it, reserve CSS linked, the tally loading its data by src.
    '/bench/cls.html': `${head(
      'cls',
      `<script>window.__cls=0;new PerformanceObserver((l)=>{for(const e of l.getEntries())if(!e.hadRecentInput)window.__cls+=e.value}).observe({type:'layout-shift',buffered:true});</script>${reserve}`,
    )}<body><main><h1>Article</h1><p>Text before the widget.</p>
${embed('dprk-russia-tally', 'en', ' src="/data/story.json"')}<p>Text between.</p>${TAGS.slice(1)
      .map((t) => embed(t))
      .join('<p>Text between.</p>')}
<p>Text after.</p></main><script type="module" src="${BUNDLE}"></script></body></html>`,

    // The bars' times (scripts/bench/bars.mjs marks the first frame with them on screen, the same way on every page).
    // The generator's snippet for the tally: its own entry, preloads, its own reserve, fallback.
    '/bench/ours.html': `${head('ours')}<body><main>${pasted('dprk-russia-tally', '/dist/dprk-russia-tally.js')}</main></body></html>`,

    // The README's one-script snippet as it shows it, one card and all six elements, then the same with the preload hints.
    '/bench/readme-one.html': `${head('README one-script, one card')}<body><main>${readme(['dprk-russia-tally'], false)}</main></body></html>`,
    '/bench/readme-one-preload.html': `${head('README one-script, one card, preloads')}<body><main>${readme(['dprk-russia-tally'], true)}</main></body></html>`,
    // The README's other script snippet, one widget by its own entry, with the tally's tag.
    '/bench/readme-entry.html': `${head('README own entry, one card')}<body><main><script type="module" src="/dist/dprk-russia-tally.js"></script>\n<dprk-russia-tally lang="it"></dprk-russia-tally></main></body></html>`,
    // The one-script snippet with one hint only, for the chunk the bars wait for: the story's text in the card's language.
    '/bench/readme-one-preload-text.html': `${head('README one-script, one card, text preload')}<body><main>${readme(['dprk-russia-tally'], 'text')}</main></body></html>`,
    '/bench/readme-six.html': `${head('README one-script, six elements')}<body><main>${readme(TAGS, false)}</main></body></html>`,
    '/bench/readme-six-preload.html': `${head('README one-script, six elements, preloads')}<body><main>${readme(TAGS, true)}</main></body></html>`,

    // Hand-written, as a newsroom would: Chart.js's UMD build (= chart.js/auto) and an inline stacked bar, same numbers.
    // Its bars are on screen from Chart.js's first draw on its canvas (its default entrance animation draws in the next frame, not in `new Chart`).
    '/bench/hand.html': `${head('hand-written')}<body><main><h2>North Korean troops sent to Russia</h2>
<div style="position:relative;height:176px"><canvas id="c" role="img" aria-label="Troops sent and casualties"></canvas></div></main>
<script src="/node_modules/chart.js/dist/chart.umd.min.js"></script>
<script>const chart=new Chart(document.getElementById('c'),{type:'bar',data:{labels:['Troops sent','Killed and wounded'],
datasets:[{label:'Earlier waves',data:[${value('troops-earlier')},null]},{label:'Latest wave',data:[${value('troops-latest')},null]},{label:'Killed and wounded',data:[null,${value('casualties')}]}]},
options:{indexAxis:'y',responsive:true,maintainAspectRatio:false,scales:{x:{stacked:true},y:{stacked:true}}},
plugins:[{id:'drawn',afterDraw(){window.__chartDrawn=true}}]});</script></body></html>`,
  };
}

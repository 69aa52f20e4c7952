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
    const attrs = Object.entries(snippet.elementAttributes(options)).map(([k, v]) => ` ${k}="${v}"`).join('');
    return `<${tag}${attrs}${extra}>${snippet.toHtml(snippet.fallback(story, options))}</${tag}>`;
  };
  const value = (id) => story.figures.find((f) => f.id === id).value;
  const reserve = '<link rel="stylesheet" href="/dist/reserve.css">';
  /** What an editor pastes from the generator: preloads, script, reserved space, element with fallback. */
  const pasted = (tag, script) => snippet.scriptSnippet(story, { tag, lang: 'en', theme: 'auto' }, script, chunks);
  /** Marks when the first tally's chart is drawn (its first frame is complete: no entrance animation). */
  const drawnProbe = `<script type="module">await customElements.whenDefined('dprk-russia-tally');
const el=document.querySelector('dprk-russia-tally');await el.chart.ready;window.__drawn=performance.now();</script>`;

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
${embed('dprk-russia-tally', 'en', ' src="/data/story.json"')}<p>Text between.</p>${TAGS.slice(1).map((t) => embed(t)).join('<p>Text between.</p>')}
<p>Text after.</p></main><script type="module" src="${BUNDLE}"></script></body></html>`,

    // Ours: the tally at the top, time from navigation start to its chart drawn, pasted
    // as the generator writes it: its own entry, preloads, its own reserve, fallback.
    '/bench/ours.html': `${head('ours')}<body><main>${pasted('dprk-russia-tally', '/dist/dprk-russia-tally.js')}</main>${drawnProbe}</body></html>`,

    // Ours: all six elements one after the other with the one-script embed (each in the generator's
    // snippet markup around that script: preloads, reserve.css, fallback), the tally first.
    '/bench/ours-six.html': `${head('ours, six elements')}<body><main>${TAGS.map((t) => pasted(t, BUNDLE)).join('\n')}</main>${drawnProbe}</body></html>`,

    // The same page without reserve.css: what holding the six widgets' space costs the first chart
    // (the page then moves as each widget renders: not a way to embed, a measure of the reserve).
    '/bench/ours-six-unreserved.html': `${head('ours, six elements, no reserved space')}<body><main>${TAGS.map((t) =>
      pasted(t, BUNDLE).replace(/<link rel="stylesheet" href="[^"]*\/reserve[^"]*\.css">/g, ''),
    ).join('\n')}</main>${drawnProbe}</body></html>`,

    // Hand-written, as a newsroom would: Chart.js's UMD build (= chart.js/auto) and an inline stacked bar, same numbers.
    // Drawn when Chart.js first draws on its canvas (its default entrance animation draws in the next frame, not in `new Chart`).
    '/bench/hand.html': `${head('hand-written')}<body><main><h2>North Korean troops sent to Russia</h2>
<div style="position:relative;height:176px"><canvas id="c" role="img" aria-label="Troops sent and casualties"></canvas></div></main>
<script src="/node_modules/chart.js/dist/chart.umd.min.js"></script>
<script>const chart=new Chart(document.getElementById('c'),{type:'bar',data:{labels:['Troops sent','Killed and wounded'],
datasets:[{label:'Earlier waves',data:[${value('troops-earlier')},null]},{label:'Latest wave',data:[${value('troops-latest')},null]},{label:'Killed and wounded',data:[null,${value('casualties')}]}]},
options:{indexAxis:'y',responsive:true,maintainAspectRatio:false,scales:{x:{stacked:true},y:{stacked:true}}},
plugins:[{id:'drawn',afterDraw(){window.__drawn??=performance.now()}}]});</script></body></html>`,
  };
}

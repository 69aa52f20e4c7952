// "Bars visible", measured from inside the page and the same way on every page
// of the bench: `barsProbe` runs before the page's own scripts (puppeteer's
// evaluateOnNewDocument) and sets `window.__bars` to the time the first frame
// that shows the bars is done (its style, layout and paint, on the page's main
// thread), in ms from navigation start. The frame's start alone would flatter a
// page whose first frame is heavy (a whole pre-rendered card laid out at once).
// - Ours: the first `dprk-russia-tally` on the page, once its shadow root holds a
//   `part="bar"` element with a width, and every stylesheet that shadow root links
//   has loaded (an unstyled bar is not the chart a reader sees).
// - The hand-written Chart.js page: once Chart.js has drawn on its canvas (its
//   plugin sets `window.__chartDrawn`).
export function barsProbe() {
  const barsIn = () => {
    const root = document.querySelector('dprk-russia-tally')?.shadowRoot;
    if (!root) return false;
    for (const link of root.querySelectorAll('link[rel~="stylesheet"]')) if (!link.sheet) return false;
    for (const bar of root.querySelectorAll('[part~="bar"]')) if (bar.getBoundingClientRect().width > 0) return true;
    return false;
  };
  let done = false;
  const frame = (start) => {
    if (done) return;
    // Our bars count when they are there as the frame starts (what a task adds after it shows in the next
    // frame); Chart.js draws in an animation-frame callback, so its flag counts for the frame it was set in.
    const seen = barsIn();
    // A task queued from the animation-frame callback runs once the frame's own work (style, layout, paint)
    // is done: the bars are on screen from then.
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      if (done || !(seen || window.__chartDrawn)) return;
      done = true;
      window.__bars = performance.now();
      window.__barsFrameStart = start;
    };
    port2.postMessage(null);
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

// Starts the embed-code generator on the demo page (demo/index.html, #embed-generator)
// when it comes within a screen of the viewport (scrolled to, or opened at
// #embed-generator), or when a reader who jumped to its heading presses its
// "Open" button: its code, both languages' text and its preview stay off the
// story's first screen, which a reader opens the page for (its start is the
// page's longest task). The button is shown only once this script runs.
const root = document.querySelector<HTMLElement>('#embed-generator-app');
if (root) {
  const button = root.querySelector<HTMLButtonElement>('#embed-generator-open');
  let started = false;
  const begin = (focus: boolean) => {
    if (started) return;
    started = true;
    near.disconnect();
    void import('./generator-app.js').then(async ({ start }) => {
      await start(root);
      if (focus) root.querySelector<HTMLElement>('select, input, button')?.focus();
    });
  };
  const near = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && begin(false), {
    rootMargin: '100% 0px',
  });
  near.observe(root);
  if (button) {
    button.hidden = false;
    button.addEventListener('click', () => begin(true));
  }
}

// Starts the embed-code generator on the demo page (demo/index.html, #embed-generator)
// when it comes within a screen of the viewport (scrolled to, or opened at
// #embed-generator): its code, both languages' text and its preview stay off
// the story's first screen, which a reader opens the page for (`npm run bench`,
// Lighthouse on this page: the generator's start was its longest task).
const root = document.querySelector<HTMLElement>('#embed-generator-app');
if (root) {
  const near = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      near.disconnect();
      void import('./generator-app.js').then(({ start }) => start(root));
    },
    { rootMargin: '100% 0px' },
  );
  near.observe(root);
}

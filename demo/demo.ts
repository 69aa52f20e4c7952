// The demo page's own settings: its language and colour scheme, which every
// widget without its own `lang` / `theme` follows.
const langSelect = document.querySelector<HTMLSelectElement>('#page-lang')!;
const themeSelect = document.querySelector<HTMLSelectElement>('#page-theme')!;

langSelect.addEventListener('change', () => {
  document.documentElement.lang = langSelect.value;
});
themeSelect.addEventListener('change', () => {
  const value = themeSelect.value;
  document.documentElement.dataset.theme = value;
  // The widgets read the page's `color-scheme`, as a site's own dark mode would set it.
  document.documentElement.style.colorScheme = value || '';
});

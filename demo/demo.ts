// The demo page's own settings: its language and colour scheme, which every
// widget without its own `lang` / `theme` follows.
const langSelect = document.querySelector<HTMLSelectElement>('#page-lang')!;
const themeSelect = document.querySelector<HTMLSelectElement>('#page-theme')!;
// Disabled in the markup, so that without this script they are no dead stops for the keyboard.
langSelect.disabled = false;
themeSelect.disabled = false;

/** The page's title in each language (its text switches by CSS, demo.css). */
const TITLES: Record<string, string> = {
  it: 'La Corea del Nord intensifica il supporto a Mosca — dprk-russia-widgets demo',
  en: 'North Korea steps up its support for Moscow — dprk-russia-widgets demo',
};

langSelect.addEventListener('change', () => {
  document.documentElement.lang = langSelect.value;
  document.title = TITLES[langSelect.value] ?? document.title;
});
themeSelect.addEventListener('change', () => {
  const value = themeSelect.value;
  document.documentElement.dataset.theme = value;
  // The widgets read the page's `color-scheme`, as a site's own dark mode would set it.
  document.documentElement.style.colorScheme = value || '';
});

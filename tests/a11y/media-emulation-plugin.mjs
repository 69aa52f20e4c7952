/**
 * A test-runner command, `a11y-emulate-media`, for the media features the
 * built-in `emulate-media` command leaves out under Puppeteer/Chromium
 * (`forced-colors`), and that it resets whenever it is called (it replaces
 * all emulated features with the ones it is given). Payload:
 * `{ forcedColors?: 'active' | 'none', reducedMotion?: 'reduce' | 'no-preference',
 *    colorScheme?: 'light' | 'dark', media?: 'screen' | 'print' }`; `{}` resets.
 * Browsers driven over WebDriver cannot emulate media: the command throws, and
 * the tests that need it skip themselves there.
 */
export function a11yEmulateMediaPlugin() {
  /** One DevTools session per page: emulation set through a session ends with it. */
  const sessions = new WeakMap();
  return {
    name: 'a11y-emulate-media',
    async executeCommand({ command, payload, session }) {
      if (command !== 'a11y-emulate-media') return undefined;
      const { forcedColors, reducedMotion, colorScheme, media } = payload ?? {};
      if (session.browser.type === 'puppeteer') {
        const page = session.browser.getPage(session.id);
        let client = sessions.get(page);
        if (!client) {
          client = await page.createCDPSession();
          sessions.set(page, client);
        }
        // One call for type and features: Chromium's setEmulatedMedia resets whichever of the two it is not given.
        // An empty value lifts an emulation.
        await client.send('Emulation.setEmulatedMedia', {
          media: media ?? '',
          features: [
            { name: 'forced-colors', value: forcedColors ?? '' },
            { name: 'prefers-reduced-motion', value: reducedMotion ?? '' },
            { name: 'prefers-color-scheme', value: colorScheme ?? '' },
          ],
        });
        return true;
      }
      if (session.browser.type === 'playwright') {
        const page = session.browser.getPage(session.id);
        await page.emulateMedia({
          forcedColors: forcedColors ?? null,
          reducedMotion: reducedMotion ?? null,
          colorScheme: colorScheme ?? null,
          media: media ?? null,
        });
        return true;
      }
      throw new Error(`a11y-emulate-media is not supported for browser type ${session.browser.type}`);
    },
  };
}

// `screenshot` command for tests in Chromium and Firefox (both driven through
// Puppeteer): a PNG of a page rectangle, as base64, to compare pixels in the test.
export function screenshotPlugin() {
  return {
    name: 'drw-screenshot',
    async executeCommand({ command, payload, session }) {
      if (command !== 'screenshot') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page) throw new Error(`screenshot: not supported in ${session.browser.name}`);
      const { x, y, width, height } = payload;
      return page.screenshot({ encoding: 'base64', clip: { x, y, width, height }, captureBeyondViewport: true });
    },
  };
}

import '../../src/index.js';
import { WIDGETS } from '../../src/widgets.js';
import { expectUnchanged } from './client-css-helpers.js';
import { HOSTILE } from './hostile-css.js';

// The rest of the hostile rules (host-css.test.ts holds the first ones): split so no file nears the runner's limit.
describe('hostile host-page CSS, continued', function () {
  this.timeout(30_000);
  for (const { tag } of WIDGETS) {
    for (const [name, css] of Object.entries(HOSTILE).slice(3)) {
      it(`<${tag}> keeps its size, styles and pixels at 640 px under ${name}`, () => expectUnchanged(tag, css));
    }
  }
});

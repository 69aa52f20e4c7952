// A Rollup plugin that minifies the CSS in Lit's css`…` tagged templates of our
// sources: comments dropped, whitespace collapsed, none around braces, semicolons
// and commas, nor after colons. Strings and `${…}` expressions are kept as written. The CSS a card
// ships is then what the browser needs (card.styles.ts alone carries 3 KB of
// comments explaining it), and there is less of it to parse.

/** Minifies one run of CSS text (no `${…}` inside): comments dropped, quoted strings kept verbatim. */
export function minifyCssText(text) {
  let out = '';
  let plain = '';
  const flush = () => {
    out += plain
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}');
    plain = '';
  };
  for (let i = 0; i < text.length;) {
    const c = text[i];
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      flush();
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (text.startsWith('/*', i)) {
      const close = text.indexOf('*/', i + 2);
      plain += ' ';
      i = close < 0 ? text.length : close + 2;
    } else {
      plain += c;
      i++;
    }
  }
  flush();
  return out;
}

/**
 * The source with every css`…` template's text minified. A template's
 * expressions (`${tokens('dark')}`) are copied as they are; whitespace either
 * side of one collapses to a space like any other (so `a ${b} c` still reads as three tokens).
 */
export function minifyCssLiterals(code) {
  let out = '';
  let i = 0;
  for (;;) {
    const start = code.indexOf('css`', i);
    // Only a tag in an expression (after `=`, `(`, `,`, `:`, `?` or `return`), not the word in a comment.
    if (start < 0 || !/(?:[=(,:?]|\breturn)\s*$/.test(code.slice(Math.max(0, start - 40), start))) {
      if (start < 0) return out + code.slice(i);
      out += code.slice(i, start + 4);
      i = start + 4;
      continue;
    }
    out += code.slice(i, start + 4);
    let j = start + 4;
    let text = '';
    const flush = () => {
      out += minifyCssText(text);
      text = '';
    };
    while (j < code.length && code[j] !== '`') {
      if (code[j] === '\\') {
        text += code.slice(j, j + 2);
        j += 2;
      } else if (code.startsWith('${', j)) {
        flush();
        let depth = 0;
        const from = j;
        for (; j < code.length; j++) {
          if (code[j] === '{') depth++;
          else if (code[j] === '}' && --depth === 0) break;
        }
        out += code.slice(from, j + 1);
        j++;
      } else {
        text += code[j++];
      }
    }
    flush();
    out += '`';
    i = j + 1;
  }
}

/** A TypeScript source of ours (under src/) with css`…` templates, minified; null for any other. */
function minified(path, code) {
  return /[\\/]src[\\/].*\.ts$/.test(path) && typeof code === 'string' && code.includes('css`')
    ? minifyCssLiterals(code)
    : null;
}

/** The Rollup plugin: the package's bundles and the demo site's. */
export function cssLiterals() {
  return {
    name: 'css-literals',
    transform(code, id) {
      const out = minified(id, code);
      return out === null ? null : { code: out, map: null };
    },
  };
}

/** The same for the dev server the tests run on, so they render the CSS readers get. */
export const cssLiteralsDevServer = {
  name: 'css-literals',
  transform(context) {
    const out = minified(context.path, context.body);
    return out === null ? undefined : { body: out };
  },
};

/** The same, as an esbuild plugin: the server-rendering build and its stylesheets (dist/css/) carry the CSS the script adopts, byte for byte. */
export function cssLiteralsEsbuild() {
  return {
    name: 'css-literals',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async ({ path }) => {
        // Imported here, not at the top: the browser tests import this module too (tests/style/css-literals.test.ts).
        const { readFile } = await import('node:fs/promises');
        const out = minified(path, await readFile(path, 'utf8'));
        return out === null ? undefined : { contents: out, loader: 'ts' };
      });
    },
  };
}

/**
 * The build's CSS minifier (scripts/css-literals.mjs): what it drops (comments,
 * spaces the grammar does not need) and what it must keep as written (strings,
 * `${…}` expressions, the space of a descendant combinator, `calc()`'s spaces,
 * code that only mentions css`…`). Every test that renders a card runs on its
 * output too (the dev server applies it), as the shipped bundles do.
 */
import { expect } from '@open-wc/testing';
import { minifyCssLiterals, minifyCssText } from '../../scripts/css-literals.mjs';

describe('the CSS minifier (scripts/css-literals.mjs)', () => {
  it('drops comments (an apostrophe in one is not a string) and the spaces around braces, semicolons, commas and after colons', () => {
    const css = `
      /* the card's frame */
      .card  >  .title ,
      .card .kicker {
        margin : 0 0 var(--x, 1em);   /* no space needed */
        font-weight: 700;
      }`;
    expect(minifyCssText(css)).to.equal(' .card>.title,.card .kicker{margin :0 0 var(--x,1em);font-weight:700}');
  });

  it('keeps strings, calc() and !important as written', () => {
    const css = `.a::before { content: "a  ;  /* b */  {c}"; width: calc(100% - 2px); color: red !important; }`;
    expect(minifyCssText(css)).to.equal(
      '.a::before{content:"a  ;  /* b */  {c}";width:calc(100% - 2px);color:red !important}',
    );
  });

  it('minifies the text of css`…` templates only, keeping their ${…} expressions and every other template', () => {
    const source = [
      "// Lit's css`…` tag, named in a comment: left alone.",
      'const a = css`',
      '  .card {',
      "    ${tokens('light')}",
      '    color: red;',
      '  }',
      '`;',
      'const b = html`<p>  two  spaces  </p>`;',
      'const c = x ? css`a { b: c; }` : null;',
    ].join('\n');
    expect(minifyCssLiterals(source)).to.equal(
      [
        "// Lit's css`…` tag, named in a comment: left alone.",
        "const a = css` .card{${tokens('light')} color:red}`;",
        'const b = html`<p>  two  spaces  </p>`;',
        'const c = x ? css`a{b:c}` : null;',
      ].join('\n'),
    );
  });
});

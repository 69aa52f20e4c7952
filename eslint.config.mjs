// ESLint for the whole repository, run by `npm test` (scripts/test.mjs) and `npm run lint`.
// Formatting is Prettier's job (.prettierrc.json); these rules catch mistakes, not style.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as lit } from 'eslint-plugin-lit';
import { configs as wc } from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.cache/**', 'custom-elements.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit['flat/recommended'],
  wc['flat/best-practice'],
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // `_name` marks a parameter a signature needs but the body does not use.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  { files: ['scripts/**', 'bin/**', '*.mjs', 'tests/**/*.mjs'], languageOptions: { globals: { ...globals.node } } },
  // Chai's assertions are property reads (`expect(x).to.be.true`).
  { files: ['tests/**'], rules: { '@typescript-eslint/no-unused-expressions': 'off' } },
);

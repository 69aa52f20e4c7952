// Types for scripts/css-literals.mjs (tests/style/css-literals.test.ts imports it).
export function minifyCssText(text: string): string;
export function minifyCssLiterals(code: string): string;
export function cssLiterals(): {
  name: string;
  transform(code: string, id: string): { code: string; map: null } | null;
};
export const cssLiteralsDevServer: {
  name: string;
  transform(context: { path: string; body: unknown }): { body: string } | undefined;
};
export function cssLiteralsEsbuild(): { name: string; setup(build: unknown): void };

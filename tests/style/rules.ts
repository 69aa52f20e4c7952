/**
 * The desk's rules live in src/data/rules.ts, where the check (the editor page
 * and `npx dprk-russia-widgets check`) runs them too: one copy. The tests import them from here.
 */
import styleJson from '../../data/style.json' with { type: 'json' };
import type { StyleSheet } from '../../src/data/rules.js';

export * from '../../src/data/rules.js';
export const style = styleJson as unknown as StyleSheet;

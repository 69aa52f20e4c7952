/**
 * The desk's style sheet and the as-of line, whole. The cards load these files
 * split by language, without the rules (scripts/lang-split.mjs); the check
 * (src/data/check.ts) needs the rules, so this module is the one importer the
 * split leaves alone. The cards never load it.
 */
import styleJson from '../../data/style.json' with { type: 'json' };
import chrome from '../../data/chrome.json' with { type: 'json' };
import type { StyleSheet } from './rules.js';

export const deskStyle = styleJson as unknown as StyleSheet;
/** The as-of line the cards show, in both languages (`{publisher}`, `{date}`). */
export const asOfTemplates: { it: string; en: string } = chrome.asOf;

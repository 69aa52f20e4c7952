#!/usr/bin/env node
// `npx dprk-russia-widgets check story.json [--lang it|en]`: the checks the
// widgets and the desk apply (dist/check.js, built from src/data/check.ts), on a
// newsroom's story file, printed field by field. Exit 0: clean; 1: problems; 2: the
// file could not be read as JSON (or the command was not understood).
// The file is only ever parsed as JSON: nothing in it is run. `-` or /dev/stdin reads standard input.
import { closeSync, constants, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { checkStory, escapeHidden } from '../dist/check.js';

const USAGE = 'usage: dprk-russia-widgets check <story.json> [--lang it|en]';
/** As much story as a widget accepts from `src` or inline JSON (src/guards/limits.ts, MAX_JSON_BYTES). */
const MAX_BYTES = 512 * 1024;

/** A message as a terminal may print it: the file's words can neither forge an output line nor repaint the screen. */
const safe = (text) => escapeHidden(String(text));
/** At most `max` characters of something the file wrote: enough to find it, never a page of a stranger's text. */
const cut = (text, max) => {
  const chars = [...String(text)];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('');
};

function fail(message) {
  process.stderr.write(`${safe(message)}\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
let lang = 'it';
const positional = [];
for (let i = 0; i < args.length; i++) {
  const arg = args[i];
  if (arg === '--lang') lang = args[++i];
  else if (arg.startsWith('--lang=')) lang = arg.slice('--lang='.length);
  else if (arg === '--help' || arg === '-h') {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  } else positional.push(arg);
}
if (lang !== 'it' && lang !== 'en') fail(`--lang takes it or en\n${USAGE}`);
const [command, file, ...extra] = positional;
if (command !== 'check' || !file || extra.length) fail(USAGE);

const words = {
  it: {
    tooBig: (n) => `${file}: il file è più grande di ${n} byte, il massimo che i widget accettano`,
    notFile: `${file}: non è un file normale (una cartella, un dispositivo o una pipe con nome): indicare il file JSON della storia`,
    unreadable: `${file}: non si riesce a leggere il file`,
    notJson: `${file}: non è JSON valido`,
    clean: `${file}: nessun problema.`,
    found: (n) => `${file}: ${n} ${n === 1 ? 'problema' : 'problemi'}:`,
    whole: '(tutto il file)',
  },
  en: {
    tooBig: (n) => `${file}: the file is larger than ${n} bytes, the most the widgets accept`,
    notFile: `${file}: is not a regular file (a folder, a device or a named pipe): name the story's JSON file`,
    unreadable: `${file}: cannot read the file`,
    notJson: `${file}: is not valid JSON`,
    clean: `${file}: no problems.`,
    found: (n) => `${file}: ${n} ${n === 1 ? 'problem' : 'problems'}:`,
    whole: '(the whole file)',
  },
}[lang];

/**
 * The file's bytes, never more than the cap + 1: a story that grows while read, or standard input, is cut there.
 * Only a regular file or standard input is read: a folder, a device (/dev/zero) or a named pipe is refused, and a
 * named pipe is opened without waiting for a writer, so the command cannot hang on one.
 */
function readCapped(name) {
  const stdin = name === '-' || name === '/dev/stdin';
  const fd = stdin ? 0 : openSync(name, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile() && !(stdin && (stat.isFIFO() || stat.isSocket()))) return { notFile: true };
    const buffer = Buffer.alloc(MAX_BYTES + 1);
    let length = 0;
    while (length < buffer.length) {
      let read;
      try {
        read = readSync(fd, buffer, length, buffer.length - length, null);
      } catch (error) {
        // Standard input left non-blocking by whoever opened it: wait a moment for the writer.
        if (error.code !== 'EAGAIN') throw error;
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      if (read === 0) break;
      length += read;
    }
    return { bytes: buffer.subarray(0, length) };
  } finally {
    if (!stdin) closeSync(fd);
  }
}

let text;
try {
  const read = readCapped(file);
  if (read.notFile) fail(words.notFile);
  if (read.bytes.length > MAX_BYTES) fail(words.tooBig(MAX_BYTES));
  // A byte-order mark some editors save first is no part of the story; the widgets accept it too.
  text = read.bytes.toString('utf8').replace(/^\ufeff/, '');
} catch (error) {
  fail(`${words.unreadable} (${error.code ?? error.message})`);
}
let story;
try {
  story = JSON.parse(text);
} catch (error) {
  fail(`${words.notJson}: ${cut(error.message, 120)}`);
}

// The article's text ships with the package; a later report carries its own in the file.
const article = readFileSync(new URL('../data/article-it.txt', import.meta.url), 'utf8');
const problems = checkStory(story, { documents: { article } });
if (!problems.length) {
  process.stdout.write(`${safe(words.clean)}\n`);
  process.exit(0);
}
const lines = problems.map(
  (p) => `  ${safe(cut(p.path || words.whole, 120))}: ${safe(cut(p.message[lang], 400))} [${safe(p.rule)}]`,
);
process.stdout.write(`${safe(words.found(problems.length))}\n${lines.join('\n')}\n`);
process.exit(1);

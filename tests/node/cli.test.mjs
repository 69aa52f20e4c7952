// `npx dprk-russia-widgets check story.json`, as a newsroom's pipeline runs it:
// the bin script as its own process, on files in a temporary folder, against the
// built check (dist/check.js: `npm run build` first; npm test builds before these).
// Exit 0 clean, 1 with problems (field by field, in Italian or English), 2 unreadable.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, globSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { withLaterReport } from '../data/fixtures/later-report.mjs';

const bin = fileURLToPath(new URL('../../bin/dprk-russia-widgets.mjs', import.meta.url));
const bundled = readFileSync(new URL('../../data/story.json', import.meta.url), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'drw-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
/** Writes `content` (a value as JSON, or text as it is) to a file and runs the command on it. */
function check(content, ...args) {
  const file = join(dir, `story-${n++}.json`);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  const r = spawnSync(process.execPath, [bin, 'check', file, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, out: r.stdout, err: r.stderr, file };
}
const story = () => JSON.parse(bundled);
const index = (list, id) => list.findIndex((x) => x.id === id);

describe('npx dprk-russia-widgets check', () => {
  test('passes the story we ship and a story with a later report (TEST DATA), exit 0', () => {
    for (const [content, args, says] of [
      [bundled, [], 'nessun problema.'],
      [withLaterReport(), ['--lang', 'en'], 'no problems.'],
    ]) {
      const r = check(content, ...args);
      assert.equal(r.status, 0, r.out + r.err);
      assert.equal(r.out, `${r.file}: ${says}\n`);
    }
  });

  test('names each kind of problem at its field, in Italian by default and in English with --lang en, exit 1', () => {
    const s = story();
    const total = index(s.figures, 'troops-total');
    const earlier = index(s.figures, 'troops-earlier');
    const kim = index(s.events, 'kim-visit');
    s.events[0].title.en = ''; // a missing translation
    s.figures[total].value = 2000; // a derived figure that no longer adds up, and a total its quote does not give
    s.events[kim].status = 'happened'; // a badge stronger than its evidence
    s.truce.strands[0].facts[0].quote = 'Una frase che l’articolo non contiene.'; // a quote not in its document
    s.arms[0].source = 'nobody'; // a reference to nothing
    s.figures[0].label.en = 'Soldiers in the latest wave'; // a term the desk does not use
    const it = check(s);
    assert.equal(it.status, 1, it.err);
    const en = check(s, '--lang=en');
    assert.equal(en.status, 1, en.err);
    const expected = [
      ['events/0/title/en', 'manca il testo inglese', 'the English text is missing', 'translation'],
      [`figures/${earlier}`, 'il calcolo non torna', 'the calculation does not add up', 'derived'],
      [
        'truce/strands/0/facts/0/quote',
        'non è nell’articolo parola per parola',
        'is not in the article word for word',
        'quote',
      ],
      [
        `figures/${total}/value`,
        '2.000 non è un numero che la sua citazione riporta',
        '2,000 is not a number its quote gives',
        'figure',
      ],
      [
        `events/${kim}/evidence`,
        'la presenta come un fatto',
        'is hedged, but “Fatto riportato” says it is so',
        'evidence',
      ],
      ['arms/0/source', 'cita una fonte che non esiste: "nobody"', 'names unknown source "nobody"', 'reference'],
      [
        'figures/0/label/en',
        'la redazione scrive “latest deployment”, non “wave”',
        'the desk writes “latest deployment”, not “wave”',
        'term',
      ],
    ];
    for (const [path, itWords, enWords, rule] of expected) {
      const itLine = it.out.split('\n').find((l) => l.startsWith(`  ${path}: `) && l.endsWith(`[${rule}]`));
      const enLine = en.out.split('\n').find((l) => l.startsWith(`  ${path}: `) && l.endsWith(`[${rule}]`));
      assert.ok(itLine?.includes(itWords), `${path} (it): ${itLine}\n${it.out}`);
      assert.ok(enLine?.includes(enWords), `${path} (en): ${enLine}\n${en.out}`);
    }
    assert.match(it.out, /^.*: \d+ problemi:\n/);
    assert.match(en.out, /^.*: \d+ problems:\n/);
  });

  test('checks a later report’s quotes against its own text', () => {
    const s = withLaterReport();
    s.figures[index(s.figures, 'troops-latest')].quote =
      'almeno 4.500 soldati nordcoreani sono arrivati in Russia ieri';
    const r = check(s, '--lang', 'en');
    assert.equal(r.status, 1);
    assert.match(
      r.out,
      /figures\/\d+\/quote: “almeno 4\.500 soldati nordcoreani sono arrivati in Russia ieri” is not in TEST DATA Agenzia’s report/,
    );
  });

  test('refuses what is not JSON, a file too large to be a story and a missing file, exit 2, without a stack trace', () => {
    for (const [content, says] of [
      ['{"schemaVersion": 1,', 'non è JSON valido'],
      ['<html>not a story</html>', 'non è JSON valido'],
      [`{"padding": "${'x'.repeat(600 * 1024)}"}`, 'più grande di 524288 byte'],
    ]) {
      const r = check(content);
      assert.equal(r.status, 2, `${says}: ${r.out}${r.err}`);
      assert.ok(r.err.includes(says), r.err);
      assert.doesNotMatch(r.err, /\n\s+at /, 'no stack trace');
    }
    const missing = spawnSync(process.execPath, [bin, 'check', join(dir, 'no-such.json')], { encoding: 'utf8' });
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /non si riesce a leggere il file \(ENOENT\)/);
    for (const args of [[], ['lint', 'x.json'], ['check', 'x.json', '--lang', 'fr']]) {
      assert.equal(spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' }).status, 2, args.join(' '));
    }
  });

  test('refuses what is not a regular file (a directory, a device, a FIFO) with exit 2 and a message, without hanging', () => {
    const folder = join(dir, 'a-folder.json');
    mkdirSync(folder);
    const fifo = join(dir, 'a-fifo.json');
    assert.equal(spawnSync('mkfifo', [fifo]).status, 0);
    for (const file of [folder, '/dev/zero', fifo]) {
      const r = spawnSync(process.execPath, [bin, 'check', file], { encoding: 'utf8', timeout: 20_000 });
      assert.equal(r.error, undefined, `${file}: ${r.error}`);
      assert.equal(r.status, 2, `${file}: ${r.stdout}${r.stderr}`);
      assert.match(r.stderr, /non è un file normale/, file);
      assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
    }
  });

  test('reads no more than the size cap from a pipe: a 3 MB story on standard input is refused, exit 2', () => {
    const big = `{"padding": "${'x'.repeat(3 * 1024 * 1024)}"}`;
    const r = spawnSync('sh', ['-c', `cat | "${process.execPath}" "${bin}" check /dev/stdin --lang en`], {
      input: big,
      encoding: 'utf8',
      timeout: 20_000,
    });
    assert.equal(r.status, 2, r.stdout + r.stderr);
    assert.match(r.stderr, /larger than 524288 bytes/);
    const small = spawnSync('sh', ['-c', `cat | "${process.execPath}" "${bin}" check /dev/stdin --lang en`], {
      input: bundled,
      encoding: 'utf8',
      timeout: 20_000,
    });
    assert.equal(small.status, 0, small.stdout + small.stderr);
  });

  test('accepts a story saved with a byte-order mark, as the widgets do', () => {
    const r = check(`\ufeff${bundled}`, '--lang', 'en');
    assert.equal(r.status, 0, r.out + r.err);
  });

  test('prints no line a file could forge: line breaks in a value are escaped, and a stranger’s value is cut short', () => {
    const s = story();
    s.figures[0].quote = `nobody\n  figures/0: all clear [quote]\u2028\u2029${'y'.repeat(300)}`;
    const r = check(s, '--lang', 'en');
    assert.equal(r.status, 1, r.err);
    assert.ok(!r.out.split('\n').some((l) => l.startsWith('  figures/0: all clear')), r.out);
    assert.doesNotMatch(r.out, /[\u2028\u2029]/);
    assert.match(r.out, /nobody\\n {2}figures/);
    assert.ok(!r.out.includes('y'.repeat(200)), 'a long value is cut');
  });

  test('reads valid JSON that is no story as one problem, exit 1', () => {
    for (const value of ['[]', '"story"', 'null', '42']) {
      const r = check(value, '--lang', 'en');
      assert.equal(r.status, 1, value);
      assert.match(r.out, /\(the whole file\): the file is not a story: it must be one JSON object/);
    }
  });

  test('a huge story (a list far beyond its limit, just under the size cap) answers quickly with its problems', () => {
    const s = story();
    const event = s.events[0];
    s.events = Array.from({ length: 300 }, (_, i) => ({ ...structuredClone(event), id: `e-${i}` }));
    assert.ok(JSON.stringify(s, null, 2).length > 300 * 1024, 'a file of some hundreds of KB');
    const started = Date.now();
    const r = check(s, '--lang', 'en');
    assert.equal(r.status, 1, r.err);
    assert.match(r.out, /events: has too many items: at most 40/);
    assert.ok(Date.now() - started < 30_000);
  });

  test('never runs anything in the file, and prints no control character from it', () => {
    const marker = join(dir, 'ran');
    const s = story();
    s.figures[0].quote = `\u001b]0;pwned\u0007\u001b[2J require('node:fs').writeFileSync(${JSON.stringify(marker)}, '1') \u202e`;
    const r = check(s, '--lang', 'en');
    assert.equal(r.status, 1);
    assert.equal(existsSync(marker), false);
    // eslint-disable-next-line no-control-regex
    assert.doesNotMatch(r.out, /[\u0000-\u0008\u000b-\u001f\u007f\u202e]/, 'control characters are escaped');
    assert.match(r.out, /figures\/0\/quote: “\\u001b\]0;pwned\\u0007/);
    // Keys that would reach a prototype in careless code are fields the story does not have.
    for (const key of ['__proto__', 'constructor']) {
      const keys = check(bundled.replace('{', `{"${key}": {"prototype": {"polluted": true}}, `), '--lang', 'en');
      assert.equal(keys.status, 1);
      assert.ok(keys.out.includes(`  ${key}: is a field the story does not have`), keys.out);
    }
  });

  test('ships the check in dist/check.js alone: no widget file carries it', () => {
    const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
    // Words only the check says (src/data/check.ts), in both languages.
    const marks = ['il calcolo non torna', 'is not in the article word for word'];
    const carriers = globSync('**/*.js', { cwd: dist }).filter((file) =>
      marks.some((m) => readFileSync(join(dist, file), 'utf8').includes(m)),
    );
    assert.deepEqual(carriers, ['check.js']);
  });
});

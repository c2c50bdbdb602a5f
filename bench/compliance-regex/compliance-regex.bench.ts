/**
 * Compliance regex benchmark: how long checking a text takes now that rules run on RE2, and
 * how long JavaScript's backtracking engine (which rules used before) took on the same
 * patterns. Prints
 *   - per hostile pattern: RE2 worst time over adversarial 5,000-character texts, and the
 *     longest text JavaScript's engine still checked within about a second;
 *   - RE2's worst time against program size, the figure behind MAX_PROGRAM_SIZE;
 *   - compiling the default rules and checking a 5,000-character post against them.
 *
 *   npm run bench:compliance-regex
 */
import { compileLinearRegex, ComplianceMatcher, DEFAULT_COMPLIANCE_RULES, MAX_PROGRAM_SIZE, parsePattern } from '@chorus/compliance';
import { loadavg } from 'node:os';

const LENGTH = 5000;
const repeat = (unit: string, tail = '', length = LENGTH) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length - tail.length) + tail;

interface Hostile {
  pattern: string;
  /** The text that makes JavaScript backtrack, as a function of its length. */
  attack: (length: number) => string;
}

const HOSTILE: Hostile[] = [
  { pattern: '/(a+)+$/', attack: (n) => repeat('a', '!', n) },
  { pattern: '/(a|a)*b/', attack: (n) => repeat('a', '', n) },
  { pattern: '/(a|aa)+$/', attack: (n) => repeat('a', '!', n) },
  { pattern: '/(.*a){12}/', attack: (n) => repeat('x', 'a'.repeat(11), n) },
  { pattern: '/s+ſ+s+ſ+x/iu', attack: (n) => repeat('ſs', '', n) },
  { pattern: '/^(([a-z])+.)+[A-Z]([a-z])+$/', attack: (n) => repeat('a', '!', n) },
  { pattern: '/(\\w+\\s?)+$/', attack: (n) => repeat('a', '!', n) },
];

function ms(started: number): number {
  return performance.now() - started;
}

/** The slowest of `texts` for `run`, taking each text's best of three (the machine is shared). */
function worstOf(texts: string[], run: (text: string) => void): number {
  let worst = 0;
  for (const text of texts) {
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      run(text);
      best = Math.min(best, ms(started));
    }
    worst = Math.max(worst, best);
  }
  return worst;
}

function re2Worst(pattern: string): number {
  const matcher = new ComplianceMatcher([{ id: 'bench', pattern, category: 'custom', action: 'block' }]);
  if (matcher.skipped.length > 0) throw new Error(matcher.skipped[0].reason);
  const texts = [...HOSTILE.map((hostile) => hostile.attack(LENGTH)), repeat('a'), repeat('ab '), repeat('ſs', 'x')];
  return worstOf(texts, (text) => matcher.check(text));
}

/** The longest attack text JavaScript's engine checks in under `budgetMs`, growing it step by step. */
function javascriptLimit(hostile: Hostile, budgetMs = 1000): { length: number; ms: number } {
  const literal = /^\/(.*)\/([a-z]*)$/s.exec(hostile.pattern)!;
  const regex = new RegExp(literal[1], [...new Set(`${literal[2]}gi`)].join(''));
  let last = { length: 0, ms: 0 };
  for (let length = 8; length <= LENGTH; length += Math.max(2, Math.round(length / 8))) {
    const text = hostile.attack(length).normalize('NFKC');
    const started = performance.now();
    [...text.matchAll(regex)];
    const took = ms(started);
    last = { length, ms: took };
    // Exponential patterns at most quadruple per step; stop before a step could take minutes.
    if (took > budgetMs / 4) break;
  }
  return last;
}

function main(): void {
  console.log(`Node ${process.version}, load average ${loadavg()[0].toFixed(1)} at the start`);
  console.log('Times are the best of three runs of each text; the worst text is shown.\n');

  console.log(`Hostile patterns: RE2 on ${LENGTH.toLocaleString('en')}-character texts vs JavaScript's backtracking engine`);
  console.log('| pattern | RE2 worst, 5,000 chars | JavaScript: attack length reached | JavaScript time there |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const hostile of HOSTILE) {
    const js = javascriptLimit(hostile);
    console.log(`| \`${hostile.pattern}\` | ${re2Worst(hostile.pattern).toFixed(1)} ms | ${js.length} chars | ${js.ms.toFixed(0)} ms |`);
  }

  console.log(`\nRE2 worst time on ${LENGTH.toLocaleString('en')} characters against program size (rules are capped at ${MAX_PROGRAM_SIZE})`);
  console.log('| pattern | program size | worst |');
  console.log('| --- | ---: | ---: |');
  const texts = [repeat('a'), repeat('ab '), repeat('s')];
  for (const count of [50, 100, 200, 400, 490]) {
    for (const source of [`\\w{${count}}x`, `[\\p{L}\\d]{${count / 2}}[\\p{L}\\d]{${count / 2}}x`, `(?:\\w|\\s){${count}}x`]) {
      let compiled;
      try {
        compiled = compileLinearRegex(source, 'u');
      } catch {
        continue;
      }
      const worst = worstOf(texts, (text) => {
        const matcher = compiled.regex.matcher(text);
        while (matcher.find()) {
          /* every match, as the compliance check reads them */
        }
      });
      console.log(`| \`/${source}/u\` | ${compiled.regex.programSize()} | ${worst.toFixed(1)} ms |`);
    }
  }

  const rules = DEFAULT_COMPLIANCE_RULES.map((rule, i) => ({ id: `default-${i}`, ...rule }));
  const post = repeat('Proud of our team in Surabaya: we shipped Chorus 2.0 today, rahasia-free. ');
  for (let i = 0; i < 20; i++) new ComplianceMatcher(rules).check(post); // warm up
  const rounds = 200;
  let started = performance.now();
  for (let i = 0; i < rounds; i++) for (const rule of rules) parsePattern(rule.pattern);
  const compileMs = ms(started) / rounds;
  const matcher = new ComplianceMatcher(rules);
  started = performance.now();
  for (let i = 0; i < rounds; i++) matcher.check(post);
  const checkMs = ms(started) / rounds;
  console.log(`\nDefault rules (${rules.length}): compiling ${compileMs.toFixed(2)} ms, checking a ${LENGTH.toLocaleString('en')}-character post ${checkMs.toFixed(2)} ms (mean of ${rounds})`);
  console.log(`\nload average ${loadavg()[0].toFixed(1)} at the end`);
}

main();

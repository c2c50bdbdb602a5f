import { MESSAGE_CATALOG } from '@chorus/messages';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { en } from '../../../apps/web/src/i18n/en';
import { id } from '../../../apps/web/src/i18n/id';
import { SERVER_MESSAGES_ID } from '../../../apps/web/src/i18n/server-messages.id';

/** Rules about controls without an accessible name: what a screen reader would announce as nothing. */
const NAME_RULES = ['button-name', 'link-name', 'label', 'select-name', 'input-button-name', 'aria-input-field-name', 'aria-toggle-field-name', 'aria-command-name', 'image-alt', 'frame-title'];

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Controls on the page that have no accessible name (axe-core), as `rule: selector`. */
export async function unnamedControls(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not govern (an inline script tag would be refused).
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (rules) => {
    const axe = (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(globalThis, { runOnly: { type: 'rule', values: rules }, resultTypes: ['violations'] });
    return result.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`));
  }, NAME_RULES);
}

/** How many pixels the page is wider than the screen (0 when nothing overflows sideways). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const root = (globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }).document.documentElement;
    return Math.max(0, root.scrollWidth - root.clientWidth);
  });
}

/**
 * English sentences of the UI and of the server that Bahasa Indonesia says otherwise: whole
 * sentences without placeholders, of at least two words (names such as "LinkedIn" are the same
 * in both languages and so are not in the list).
 */
const ENGLISH_ONLY: ReadonlySet<string> = new Set(
  [
    ...Object.entries(en).filter(([key, text]) => id[key as keyof typeof id] !== text).map(([, text]) => text),
    ...Object.entries(MESSAGE_CATALOG).filter(([code, text]) => SERVER_MESSAGES_ID[code as keyof typeof SERVER_MESSAGES_ID] !== text).map(([, text]) => text),
  ]
    .filter((text) => !text.includes('{') && /\S\s+\S/.test(text))
    .map((text) => text.trim()),
);

/** Lines of the page's visible text that are English UI or server sentences (for a page shown in Indonesian). */
export async function englishLines(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => (globalThis as unknown as { document: { body: { innerText: string } } }).document.body.innerText);
  return [...new Set(text.split('\n').map((line) => line.trim()))].filter((line) => ENGLISH_ONLY.has(line));
}

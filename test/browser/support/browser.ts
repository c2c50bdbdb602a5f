import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { publishingEnv, RunningLinkedinSandbox, startSandbox } from '../../support/sandbox';
import { DEMO_PASSWORD, startedForTests, TestApp } from '../../support/test-app';

const ROOT = join(__dirname, '..', '..', '..');
export const WEB_DIST_DIR = join(ROOT, 'apps', 'web', 'dist');
export const SCREENSHOTS = join(ROOT, 'test-results', 'browser');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Chorus serving the built web app on a real port, and the LinkedIn sandbox it publishes to. */
export interface BrowserStack {
  t: TestApp;
  sandbox: RunningLinkedinSandbox;
  baseUrl: string;
  browser: Browser;
  close(): Promise<void>;
}

export async function startStack(env: Record<string, string> = {}): Promise<BrowserStack> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  // The sandbox accepts only this Chorus's callback as redirect URL, as LinkedIn does.
  const sandbox = await startSandbox({}, env.APP_URL ?? baseUrl);
  const t = await TestApp.start({ ...publishingEnv(sandbox), WEB_DIST_DIR, APP_URL: baseUrl, ...env }, { listen: { port } });
  let browser: Browser;
  try {
    // launch() gives Chromium a fresh temporary profile (user data dir) and deletes it on close.
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  } catch (error) {
    await t.close();
    await sandbox.close();
    throw error;
  }
  return {
    t,
    sandbox,
    baseUrl,
    browser,
    async close() {
      await browser.close();
      await t.close();
      await sandbox.close();
    },
  };
}

/** The stack of a test file, started before its tests and closed after them. */
export function setupStack(env: Record<string, string> = {}): BrowserStack {
  return startedForTests(
    () => startStack(env),
    (stack) => stack.close(),
  );
}

/** A fresh context (no cookies, no storage) for one person, with the given UI language. */
export async function newPage(stack: BrowserStack, options: { locale?: string; mobile?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await stack.browser.newContext({
    baseURL: stack.baseUrl,
    locale: options.locale ?? 'en-GB',
    viewport: options.mobile ? { width: 390, height: 844 } : { width: 1280, height: 900 },
    deviceScaleFactor: 1,
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // Chromium logs every 4xx answer (401 before signing in, 422 from a refused action) as a
    // console error; those are answers the UI handles. Script errors are what count here.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(`console: ${message.text()}`);
  });
  (page as Page & { problems?: string[] }).problems = problems;
  const pending = new Map<unknown, string>();
  page.on('request', (request) => pending.set(request, `${request.method()} ${request.url()} @${Date.now()}`));
  page.on('requestfinished', (request) => pending.delete(request));
  page.on('requestfailed', (request) => pending.delete(request));
  (page as Page & { pending?: Map<unknown, string> }).pending = pending;
  return { context, page };
}

/** Requests the page sent that have not been answered yet, for a failing test's message. */
export function pendingRequests(page: Page): string[] {
  return [...((page as Page & { pending?: Map<unknown, string> }).pending?.values() ?? [])];
}

/** Script errors the page reported (console errors and uncaught exceptions). */
export function pageProblems(page: Page): string[] {
  return (page as Page & { problems?: string[] }).problems ?? [];
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await page.getByTestId('sign-in-email').fill(email);
  await page.getByTestId('sign-in-password').fill(password);
  await page.getByTestId('sign-in-submit').click();
  await page.getByTestId('current-user-name').waitFor();
}

/** Saves the page as test-results/browser/<name>.png, for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  // From the top, so the sticky header sits where a person sees it.
  await page.evaluate(() => (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0)).catch(() => undefined);
  await page.screenshot({ path, fullPage: true });
  return path;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Reads until the assertion holds (or the time is up, then fails with the last reading). The
 * page updates after network answers, so reading once right after an action races it.
 */
export async function eventuallyExpect<T>(read: () => Promise<T>, assert: (value: T) => void, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    try {
      assert(value);
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

import { eventuallyExpect, newPage, pageProblems, screenshot, setupStack, signIn } from './support/browser';

const NOTICE = {
  en: 'Demo data: these figures come from the demo organisation’s sample history.',
  id: 'Data demo: angka-angka ini berasal dari riwayat contoh organisasi demo.',
} as const;

/**
 * A first start with the demo's sample history: Results and My results are not empty, and say
 * above their figures that they come from the demo organisation's sample history; a range the
 * history does not reach says nothing of the kind.
 */
describe('the demo organisation’s sample history in the web app', () => {
  const stack = setupStack({ SEED_DEMO_HISTORY: 'true' });

  it('shows the curator the organisation’s results with the demo-data notice, and none for a range before the history (en)', async () => {
    const { page, context } = await newPage(stack);
    try {
      await signIn(page, 'curator@demo.chorus');
      await page.goto('/results');
      await page.locator('[data-testid="results-summary"][data-ready="true"]').waitFor();
      const summary = (await (await stack.t.as('curator@demo.chorus')).get('/api/v1/analytics/summary').expect(200)).body as { shares: number; clicks: number; demoData: boolean };
      expect(summary.demoData).toBe(true);
      expect(summary.shares).toBeGreaterThan(0);
      expect(await page.getByTestId('figure-shares').getAttribute('data-value')).toBe(String(summary.shares));
      expect(await page.getByTestId('figure-clicks').getAttribute('data-value')).toBe(String(summary.clicks));
      expect(await page.getByTestId('demo-data-notice').textContent()).toBe(NOTICE.en);
      await screenshot(page, 'demo-history/results-en');

      await page.goto('/results?from=2020-01-01&to=2020-01-31');
      await page.locator('[data-testid="results-summary"][data-ready="true"]').waitFor();
      await eventuallyExpect(() => page.getByTestId('figure-shares').getAttribute('data-value'), (value) => expect(value).toBe('0'));
      expect(await page.getByTestId('demo-data-notice').count()).toBe(0);
      expect(pageProblems(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows an employee their own results with the notice in their language (id, phone)', async () => {
    await (await stack.t.as('budi@demo.chorus')).patch('/api/v1/me').send({ locale: 'id' }).expect(200);
    const { page, context } = await newPage(stack, { mobile: true, locale: 'id-ID' });
    try {
      await signIn(page, 'budi@demo.chorus');
      await page.getByTestId('menu-toggle').click();
      await page.getByTestId('nav-points').click();
      const mine = page.getByTestId('my-results');
      await page.locator('[data-testid="my-results"][data-ready="true"]').waitFor();
      const own = (await (await stack.t.as('budi@demo.chorus')).get('/api/v1/me/analytics').expect(200)).body as { shares: number };
      expect(own.shares).toBeGreaterThan(0);
      expect(await mine.getByTestId('figure-shares').getAttribute('data-value')).toBe(String(own.shares));
      expect(await mine.getByTestId('demo-data-notice').textContent()).toBe(NOTICE.id);
      await screenshot(page, 'demo-history/my-results-id-phone');
      expect(pageProblems(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

import type { Page } from 'playwright-core';
import { connectThroughSandbox } from '../support/sandbox';
import { eventuallyExpect, newPage, pageProblems, screenshot, setupStack, signIn } from './support/browser';

/** A reviewer sees why a share waits for them: the rule, the words it matched, marked in the text. */
describe('the review queue shows which rule matched which words', () => {
  const stack = setupStack();
  const commentary = 'Our Competitor is slower; we beat every competitor on service.';

  beforeAll(async () => {
    const admin = await stack.t.as('admin@demo.chorus');
    await admin.post('/api/v1/compliance-rules').send({ pattern: 'competitor', category: 'custom', action: 'review' }).expect(201);
    const ana = await stack.t.as('ana@demo.chorus');
    await ana.post('/api/v1/policies/current/acknowledge').expect(200);
    expect((await connectThroughSandbox(stack.t, stack.sandbox, 'ana@demo.chorus')).status).toBe(302);
    const [connection] = (await ana.get('/api/v1/connections').expect(200)).body as { id: string }[];
    const feed = (await ana.get('/api/v1/feed?limit=50').expect(200)).body.items as { id: string; title: string }[];
    const post = feed.find((item) => item.title === 'We are hiring: account executives in Jakarta')!;
    const share = await ana.post('/api/v1/shares').send({ postId: post.id, connectionId: connection.id, commentary }).expect(201);
    expect((await ana.post(`/api/v1/shares/${share.body.id}/approve`).expect(200)).body.status).toBe('in_review');
  });

  async function marks(page: Page): Promise<string[]> {
    return page.locator('[data-testid="review-preview-text"] mark').allTextContents();
  }

  it('in English, on a desktop and a 390 px phone', async () => {
    for (const mobile of [false, true]) {
      const { context, page } = await newPage(stack, { mobile });
      try {
        await signIn(page, 'admin@demo.chorus');
        await page.goto('/reviews');
        const item = page.getByTestId('review-item');
        await item.waitFor();
        expect(await item.getByTestId('review-match').allTextContents()).toEqual(['Sent for review by compliance rule "competitor" (category: custom): matched "Competitor", "competitor".']);
        expect(await item.getByTestId('review-match').getAttribute('data-action')).toBe('review');
        // Both occurrences, as written, marked where they are.
        expect(await marks(page)).toEqual(['Competitor', 'competitor']);
        expect(await page.getByTestId('review-preview-text').textContent()).toBe(`${commentary}\n\n#employee`);
        const width = await page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth);
        expect(width).toBeLessThanOrEqual(mobile ? 390 : 1280);
        expect(pageProblems(page)).toEqual([]);
      } finally {
        await screenshot(page, mobile ? 'review-queue-en-390' : 'review-queue-en');
        await context.close();
      }
    }
  });

  it('in Bahasa Indonesia', async () => {
    const { context, page } = await newPage(stack, { locale: 'id-ID', mobile: true });
    try {
      await signIn(page, 'admin@demo.chorus');
      await page.getByTestId('language-switch').selectOption('id');
      await eventuallyExpect(() => page.locator('html').getAttribute('lang'), (value) => expect(value).toBe('id'));
      await page.goto('/reviews');
      await page.getByTestId('review-item').waitFor();
      expect(await page.getByTestId('review-matches').locator('.review-matches-title').textContent()).toBe('Mengapa ditahan');
      expect(await page.getByTestId('review-match').textContent()).toBe('Dikirim untuk ditinjau oleh aturan kepatuhan "competitor" (kategori: lainnya): cocok dengan "Competitor", "competitor".');
      expect(await marks(page)).toEqual(['Competitor', 'competitor']);
      expect(pageProblems(page)).toEqual([]);
    } finally {
      await screenshot(page, 'review-queue-id-390');
      await context.close();
    }
  });
});

import { EngagementSnapshot } from '@chorus/publishing';
import { ClickRecorder, Share } from '@chorus/shares';
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { connectThroughSandbox } from '../support/sandbox';
import { eventually } from '../support/test-app';
import { eventuallyExpect, newPage, pageProblems, screenshot, setupStack, signIn } from './support/browser';

const BROWSER_AGENT = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const POST_TITLE = 'Careers at Demo: join the Surabaya team';

const TEXT = {
  en: {
    intl: 'en-GB',
    clicksDefinition: 'Visits of tracked links by people; bots, link previews and repeats within 30 minutes are not counted.',
    onlyPost: `Only the shares of “${POST_TITLE}”.`,
    exportShares: 'Download CSV: shares',
    engagementNotRead: 'Clicks 1 · Reactions, comments and reshares: not read yet.',
    engagement: 'Clicks 1 · Reactions 12 · Comments 3 · Reshares 1 · Impressions 1,840',
  },
  id: {
    intl: 'id-ID',
    clicksDefinition: 'Kunjungan tautan terlacak oleh orang; bot, pratinjau tautan, dan kunjungan ulang dalam 30 menit tidak dihitung.',
    onlyPost: `Hanya kiriman dari “${POST_TITLE}”.`,
    exportShares: 'Unduh CSV: kiriman',
    engagementNotRead: 'Klik 1 · Reaksi, komentar, dan bagikan ulang: belum dibaca.',
    engagement: 'Klik 1 · Reaksi 12 · Komentar 3 · Dibagikan ulang 1 · Tayangan 1.840',
  },
} as const;

interface Summary {
  from: string;
  to: string;
  shares: number;
  sharers: number;
  clicks: number;
  conversions: number;
  emv: { amount: number; currency: string; parts: Record<string, number> };
}

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const root = (globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }).document.documentElement;
    return root.scrollWidth - root.clientWidth;
  });
}

/** Waits until the figures on screen are those of the current filters (not a placeholder). */
async function figuresReady(page: Page): Promise<void> {
  await page.locator('[data-testid="results-summary"][data-ready="true"]').waitFor();
}

async function figure(page: Page, id: string): Promise<string | null> {
  return page.getByTestId(`figure-${id}`).getAttribute('data-value');
}

describe('results: a curator’s dashboard, an admin’s rates and API keys, an employee’s own figures', () => {
  const stack = setupStack();
  let postId: string;
  let shareCode: string;
  let shareId: string;

  beforeAll(async () => {
    const { t, sandbox } = stack;
    const curator = await t.as('curator@demo.chorus');
    const post = await curator.post('/api/v1/posts').send({ title: POST_TITLE, url: 'https://example.com/careers?team=surabaya', suggestedCommentary: 'We are hiring in Surabaya.' }).expect(201);
    postId = post.body.id as string;
    await curator.post(`/api/v1/posts/${postId}/publish`).expect(200);

    // Ana connects LinkedIn through the sandbox's consent page and publishes a share of it.
    const ana = await t.as('ana@demo.chorus');
    await ana.post('/api/v1/policies/current/acknowledge').expect(200);
    await connectThroughSandbox(t, sandbox, 'ana@demo.chorus');
    const connectionId = ((await ana.get('/api/v1/connections').expect(200)).body as { id: string }[])[0].id;
    const draft = (await ana.post('/api/v1/shares').send({ postId, connectionId, commentary: 'Our Surabaya team is hiring, have a look!' }).expect(201)).body as { id: string };
    await ana.post(`/api/v1/shares/${draft.id}/approve`).expect(200);
    await ana.post(`/api/v1/shares/${draft.id}/schedule`).send({ at: new Date(Date.now() + 1500).toISOString() }).expect(200);
    const share = await eventually(async () => (await ana.get(`/api/v1/shares/${draft.id}`).expect(200)).body as { status: string; trackedUrl: string }, (s) => s.status === 'published', 20_000);
    expect(share.trackedUrl.startsWith(`${stack.baseUrl}/r/`)).toBe(true);
    shareCode = share.trackedUrl.split('/r/')[1];
    shareId = draft.id;

    // A person visits the tracked link (counted), LinkedIn's crawler reads it (not counted), the person again (a repeat).
    const person = await fetch(share.trackedUrl, { redirect: 'manual', headers: { 'User-Agent': BROWSER_AGENT } });
    expect(person.status).toBe(302);
    expect(person.headers.get('location')).toContain('utm_content=' + shareCode);
    await fetch(share.trackedUrl, { redirect: 'manual', headers: { 'User-Agent': 'LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)' } });
    await fetch(share.trackedUrl, { redirect: 'manual', headers: { 'User-Agent': BROWSER_AGENT } });
    await t.app.get(ClickRecorder).flush();
  }, 60_000);

  async function summary(query: string): Promise<Summary> {
    return (await (await stack.t.as('curator@demo.chorus')).get(`/api/v1/analytics/summary${query}`).expect(200)).body as Summary;
  }

  it.each([
    { language: 'en', mobile: false },
    { language: 'en', mobile: true },
    { language: 'id', mobile: false },
    { language: 'id', mobile: true },
  ] as const)('the curator reads the figures of a post and of the organisation ($language, phone: $mobile)', async ({ language, mobile }) => {
    const text = TEXT[language];
    await (await stack.t.as('curator@demo.chorus')).patch('/api/v1/me').send({ locale: language }).expect(200);
    const { page, context } = await newPage(stack, { mobile, locale: text.intl });
    const shot = `results/curator-${language}${mobile ? '-phone' : ''}`;
    try {
      await signIn(page, 'curator@demo.chorus');
      // From the content list to the post's results.
      await page.goto('/content');
      await page.locator('[data-testid="post-row"]').filter({ hasText: POST_TITLE }).getByTestId('post-results').click();
      await page.waitForURL((url) => url.pathname === '/results' && url.searchParams.get('postId') === postId);
      await figuresReady(page);
      expect(await page.getByTestId('results-post').textContent()).toContain(text.onlyPost);
      const expected = await summary(`?postId=${postId}`);
      expect(expected).toMatchObject({ shares: 1, sharers: 1, clicks: 1, conversions: 0 });
      expect(await figure(page, 'shares')).toBe('1');
      expect(await figure(page, 'sharers')).toBe('1');
      expect(await figure(page, 'clicks')).toBe('1');
      expect(await figure(page, 'conversions')).toBe('0');
      expect(await page.getByTestId('figure-clicks').textContent()).toContain(text.clicksDefinition);
      // The earned media value in the reader's way of writing money, and its parts add up.
      const money = (amount: number) => new Intl.NumberFormat(text.intl, { style: 'currency', currency: expected.emv.currency, maximumFractionDigits: 2, ...(Number.isInteger(amount) ? { minimumFractionDigits: 0 } : {}) }).format(amount);
      expect(await page.getByTestId('figure-emv-value').textContent()).toBe(money(expected.emv.amount));
      // Days in the reader's language, never ISO.
      const range = await page.getByTestId('results-range').textContent();
      expect(range).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      expect(range).toContain(new Intl.DateTimeFormat(text.intl, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${expected.to}T12:00:00Z`)));
      // The chart: one bar per day of the default 30, the click on the last.
      const chart = page.getByTestId('results-chart');
      await eventuallyExpect(() => chart.locator('rect.day-chart-bar').count(), (count) => expect(count).toBe(30));
      expect(await chart.locator(`rect[data-day="${expected.to}"]`).getAttribute('data-value')).toBe('1');
      expect(await page.locator('[data-testid="top-content-row"]').filter({ hasText: POST_TITLE }).count()).toBe(1);
      expect(await page.locator('[data-testid="top-advocate-row"]').filter({ hasText: 'Ana Wijaya' }).count()).toBe(1);

      // The CSV of the same scope, downloaded with the session as the link does it.
      const link = page.getByTestId('export-shares');
      expect(await link.textContent()).toBe(text.exportShares);
      const href = (await link.getAttribute('href'))!;
      expect(href).toContain(`postId=${postId}`);
      const csv = await page.request.get(href);
      expect(csv.status()).toBe(200);
      expect(csv.headers()['content-type']).toContain('text/csv');
      expect(await csv.text()).toContain(POST_TITLE);

      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, `${shot}-post`);

      // The whole organisation (the demo's own history included): what the API counts.
      await page.getByRole('button', { name: language === 'en' ? 'Show all posts' : 'Tampilkan semua postingan' }).click();
      await page.waitForURL((url) => !url.searchParams.has('postId'));
      await figuresReady(page);
      const organisation = await summary('');
      await eventuallyExpect(() => figure(page, 'shares'), (value) => expect(value).toBe(String(organisation.shares)));
      expect(await figure(page, 'clicks')).toBe(String(organisation.clicks));
      expect(await figure(page, 'sharers')).toBe(String(organisation.sharers));
      // Another figure for the chart.
      await page.getByTestId('results-metric').selectOption('shares');
      await eventuallyExpect(() => page.getByTestId('results-chart').getAttribute('data-total'), (value) => expect(Number(value)).toBe(organisation.shares));
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

      // A range that ends before it starts: the refusal names the field by its label.
      await page.getByTestId('results-from').fill('2026-12-20');
      await page.getByTestId('results-to').fill('2026-12-10');
      await eventuallyExpect(() => page.getByTestId('results-error').textContent(), (value) => expect(value).toMatch(language === 'en' ? /^To: the range ends before it starts/ : /^Sampai: rentang berakhir sebelum dimulai/));
      expect(pageProblems(page)).toEqual([]);
    } finally {
      await screenshot(page, shot);
      await context.close();
    }
  });

  it('the admin creates an API key (its secret shown once), the site reports a conversion with it, the admin sets the currency and sees the value in it, and revokes the key', async () => {
    const { page, context } = await newPage(stack);
    try {
      await signIn(page, 'admin@demo.chorus');
      await page.goto('/admin/organization');
      const keys = page.getByTestId('api-keys');
      await keys.getByTestId('api-keys-none').waitFor();
      await page.getByTestId('api-key-create').click();
      // A key needs a name; the refusal names the field.
      await keys.getByTestId('api-key-form').locator('.field-error').filter({ hasText: 'Key name' }).waitFor();
      await page.getByTestId('api-key-name').fill('Careers site');
      await page.getByTestId('api-key-create').click();
      const secretBox = page.getByTestId('api-key-secret-value');
      await secretBox.waitFor();
      const secret = await secretBox.inputValue();
      expect(secret).toMatch(/^chk_/);
      expect(await page.getByTestId('api-key-secret').textContent()).toContain('only time it is shown');
      const row = page.getByTestId('api-key-row').filter({ hasText: 'Careers site' });
      await row.waitFor();
      await screenshot(page, 'results/admin-api-key-created');

      // Once: after a reload the key is listed by its start only.
      await page.reload();
      await page.getByTestId('api-key-row').filter({ hasText: 'Careers site' }).waitFor();
      expect(await page.getByTestId('api-key-secret').count()).toBe(0);
      expect(await page.content()).not.toContain(secret);

      // The organisation's site reports a lead for the share's code (utm_content).
      const report = { shareCode, kind: 'lead', idempotencyKey: 'lead-browser-1' };
      const reported = await fetch(`${stack.baseUrl}/api/v1/conversions`, { method: 'POST', headers: { 'X-Api-Key': secret, 'Content-Type': 'application/json' }, body: JSON.stringify(report) });
      expect(reported.status).toBe(201);

      // Rupiah, with a click worth Rp 2.500.
      const reach = page.getByTestId('value-of-reach');
      await page.getByTestId('reach-currency').fill('idr');
      await page.getByTestId('reach-cpcMinor').fill('2500');
      await page.getByTestId('reach-cpmMinor').fill('-1');
      await page.getByTestId('reach-save').click();
      await eventuallyExpect(() => reach.locator('.field-error').allTextContents(), (errors) => expect(errors.join(' ')).toContain('Per 1,000 impressions (CPM)'));
      await page.getByTestId('reach-cpmMinor').fill('50000');
      await page.getByTestId('reach-save').click();
      await page.getByTestId('reach-saved').waitFor();
      const settings = (await (await stack.t.as('admin@demo.chorus')).get('/api/v1/analytics/settings').expect(200)).body;
      expect(settings).toMatchObject({ currency: 'IDR', cpcMinor: 250_000, cpmMinor: 5_000_000, customised: true });
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, 'results/admin-organization');

      await page.goto(`/results?postId=${postId}`);
      await figuresReady(page);
      const expected = await summary(`?postId=${postId}`);
      expect(expected.emv.currency).toBe('IDR');
      expect(expected.emv.parts.clicks).toBe(2500);
      const rupiah = (amount: number) => new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'IDR', maximumFractionDigits: 2, ...(Number.isInteger(amount) ? { minimumFractionDigits: 0 } : {}) }).format(amount);
      await eventuallyExpect(() => page.getByTestId('figure-emv-value').textContent(), (value) => expect(value).toBe(rupiah(expected.emv.amount)));
      expect(await page.getByTestId('emv-parts').textContent()).toContain(rupiah(2500));
      expect(await figure(page, 'conversions')).toBe('1');
      expect(await figure(page, 'conversionRate')).toBe('1');
      await screenshot(page, 'results/admin-results-idr');

      // Revoked after a confirmation: the site can no longer report with it.
      await page.goto('/admin/organization');
      const listed = page.getByTestId('api-key-row').filter({ hasText: 'Careers site' });
      await listed.getByTestId('api-key-revoke').click();
      await listed.getByTestId('api-key-revoke-confirm').click();
      await page.getByTestId('api-keys-none').waitFor();
      const refused = await fetch(`${stack.baseUrl}/api/v1/conversions`, { method: 'POST', headers: { 'X-Api-Key': secret, 'Content-Type': 'application/json' }, body: JSON.stringify({ ...report, idempotencyKey: 'lead-browser-2' }) });
      expect(refused.status).toBe(401);
      expect(pageProblems(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it.each([
    { language: 'en', mobile: false },
    { language: 'id', mobile: true },
  ] as const)('the employee sees their own results and the clicks of their share ($language, phone: $mobile)', async ({ language, mobile }) => {
    await (await stack.t.as('ana@demo.chorus')).patch('/api/v1/me').send({ locale: language }).expect(200);
    const { page, context } = await newPage(stack, { mobile, locale: TEXT[language].intl });
    const shot = `results/employee-${language}${mobile ? '-phone' : ''}`;
    try {
      await signIn(page, 'ana@demo.chorus');
      if (mobile) await page.getByTestId('menu-toggle').click();
      await page.getByTestId('nav-points').click();
      const mine = page.getByTestId('my-results');
      await page.locator('[data-testid="my-results"][data-ready="true"]').waitFor();
      const own = (await (await stack.t.as('ana@demo.chorus')).get('/api/v1/me/analytics').expect(200)).body as { shares: number; clicks: number; conversions: number };
      expect(own).toMatchObject({ shares: 1, clicks: 1, conversions: 1 });
      expect(await mine.getByTestId('figure-shares').getAttribute('data-value')).toBe('1');
      expect(await mine.getByTestId('figure-clicks').getAttribute('data-value')).toBe('1');
      expect(await mine.getByTestId('figure-conversions').getAttribute('data-value')).toBe('1');
      expect(await mine.getByTestId('my-results-chart').getAttribute('data-total')).toBe('1');
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, `${shot}-points`);

      // An employee has no Results page of the organisation.
      expect(await page.getByTestId('nav-results').count()).toBe(0);

      await page.goto('/shares');
      await eventuallyExpect(() => page.getByTestId('share-row').filter({ hasText: POST_TITLE }).getByTestId('share-row-clicks').textContent(), (value) => expect(value).toBe(language === 'en' ? 'Clicks: 1' : 'Klik: 1'));
      // And the share's own page.
      await page.getByTestId('share-row').filter({ hasText: POST_TITLE }).locator('.share-row-title').click();
      await eventuallyExpect(() => page.getByTestId('share-engagement').getAttribute('data-clicks'), (value) => expect(value).toBe('1'));
      // Before the network is read, the share says so; once read, its latest figures, in the reader's language and number format.
      const snapshots = stack.t.dataSource.getRepository(EngagementSnapshot);
      await snapshots.delete({ shareId });
      await page.reload();
      await eventuallyExpect(() => page.getByTestId('share-engagement').textContent(), (value) => expect(value).toBe(TEXT[language].engagementNotRead));
      const { organizationId } = await stack.t.dataSource.getRepository(Share).findOneByOrFail({ id: shareId });
      // As publishing's engagement tick stores a read: cumulative counters (docs/architecture.md, "Engagement").
      await snapshots.insert({ id: randomUUID(), organizationId, shareId, network: 'linkedin', reactions: 12, comments: 3, reshares: 1, impressions: 1840, capturedAt: new Date() });
      // The open page asks again by itself (every 15 s): no reload.
      await eventuallyExpect(() => page.getByTestId('share-engagement').textContent(), (value) => expect(value).toBe(TEXT[language].engagement), 25_000);
      await screenshot(page, `${shot}-share-engagement`);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      expect(pageProblems(page)).toEqual([]);
    } finally {
      await screenshot(page, shot);
      await context.close();
    }
  });
});

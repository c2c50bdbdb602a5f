import { DateTime } from 'luxon';
import type { Page } from 'playwright-core';
import { connectThroughSandbox } from '../support/sandbox';
import { BrowserStack, eventuallyExpect, newPage, pageProblems, screenshot, setupStack, signIn } from './support/browser';

/**
 * The composer says one thing about a share at a time, and only what is true of it: the badge,
 * the steps, the notices and the preview all follow the same share as it moves from writing
 * through review and scheduling to published.
 */
describe('the composer follows one share through its states (English, desktop and phone)', () => {
  const stack = setupStack();

  it('shows an unsaved edit, a reviewer’s approval, the schedule once, and the published post with its link', async () => {
    await ready(stack, 'ana@demo.chorus');
    const admin = await stack.t.as('admin@demo.chorus');
    await admin.post('/api/v1/compliance-rules').send({ pattern: 'competitor', category: 'custom', action: 'review' }).expect(201);

    const { page } = await newPage(stack);
    try {
      await signIn(page, 'ana@demo.chorus');
      await openComposer(page, 'We are hiring: account executives in Jakarta');

      // An empty box already counts the disclosure Chorus adds, and says so.
      await eventuallyExpect(() => page.getByTestId('counter-linkedin').textContent(), (value) => expect(value).toContain('9 / 3,000'));
      expect(await page.getByTestId('counter-includes').textContent()).toBe('The count is of the whole post, including “#employee”, which is added for you.');
      await screenshot(page, 'composer-empty-en');

      const words = 'We are hiring in Jakarta, and I would pick us over any competitor: great people, real growth.';
      await page.getByTestId('composer-commentary').fill(words);
      await eventuallyExpect(() => page.getByTestId('compliance-message').getAttribute('data-decision'), (value) => expect(value).toBe('review'));
      await page.getByTestId('composer-approve').click();
      await page.locator('[data-testid="share-status"][data-status="in_review"]').waitFor();
      await page.waitForURL((url) => url.pathname.startsWith('/shares/'));
      const shareId = new URL(page.url()).pathname.split('/').pop()!;
      // In review: said once, by the status panel; the steps say where it waits.
      expect(await page.getByTestId('in-review').count()).toBe(1);
      expect(await page.getByTestId('composer-notice').count()).toBe(0);
      expect(await page.getByTestId('step-approve').getAttribute('data-state')).toBe('current');
      expect(await page.getByTestId('step-approve').textContent()).toContain('In review');

      // The reviewer approves; the owner's page no longer says a reviewer would check it.
      await admin.post(`/api/v1/reviews/${shareId}/approve`).send({}).expect(200);
      await page.reload();
      await page.locator('[data-testid="share-status"][data-status="approved"]').waitFor();
      await page.getByTestId('reviewer-approved').waitFor();
      expect(await page.getByTestId('reviewer-approved').textContent()).toMatch(/^A compliance reviewer approved this text on /);
      expect(await page.getByTestId('compliance-message').count()).toBe(0);
      expect(await page.getByTestId('page-composer').textContent()).not.toContain('A reviewer would check this first');

      // An edit: the badge says the words on screen are not the approved ones; undoing it says Approved again.
      await page.getByTestId('composer-commentary').fill(`${words} Apply!`);
      await eventuallyExpect(() => page.getByTestId('share-status').textContent(), (value) => expect(value).toBe('Changed, not saved yet'));
      expect(await page.getByTestId('share-status').getAttribute('data-status')).toBe('unsaved');
      expect(await page.getByTestId('step-write').getAttribute('data-state')).toBe('current');
      expect(await page.getByTestId('reviewer-approved').count()).toBe(0);
      await page.getByTestId('composer-commentary').fill(words);
      await eventuallyExpect(() => page.getByTestId('share-status').textContent(), (value) => expect(value).toBe('Approved'));

      // Scheduled: said once, and the last step is still ahead.
      const inAnHour = DateTime.now().setZone('Asia/Jakarta').plus({ hours: 1 });
      await page.getByTestId('schedule-mode-at').check();
      await page.getByTestId('schedule-at').fill(inAnHour.toFormat("yyyy-MM-dd'T'HH:mm:ss"));
      await page.getByTestId('schedule-submit').click();
      await page.locator('[data-testid="share-status"][data-status="scheduled"]').waitFor();
      await page.getByTestId('scheduled-for').waitFor();
      const main = await page.getByTestId('page-composer').textContent();
      expect(main!.match(/Scheduled for /g)).toHaveLength(1);
      expect(await page.getByTestId('step-schedule').getAttribute('data-state')).toBe('done');
      expect(await page.getByTestId('step-publish').getAttribute('data-state')).toBe('todo');
      expect(await page.getByTestId('step-publish').textContent()).toContain('Publish');
      expect(await page.getByTestId('step-publish').textContent()).not.toContain('Published');
      expect(await page.getByTestId('preview-meta').textContent()).not.toContain('now');
      await screenshot(page, 'composer-scheduled-en');
      await onPhone(stack, 'ana@demo.chorus', `/shares/${shareId}`, 'composer-scheduled-en-390');

      // Sooner: a few seconds ahead, and it goes out.
      await page.getByTestId('reschedule').click();
      await page.getByTestId('schedule-mode-at').check();
      await page.getByTestId('schedule-at').fill(DateTime.now().setZone('Asia/Jakarta').plus({ seconds: 4 }).toFormat("yyyy-MM-dd'T'HH:mm:ss"));
      await page.getByTestId('schedule-submit').click();
      await page.locator('[data-testid="share-status"][data-status="published"]').waitFor({ timeout: 30_000 });

      // Published: "Posted" with its time, the steps all done, and a link to the post.
      await eventuallyExpect(() => page.getByTestId('preview-heading').textContent(), (value) => expect(value).toBe('Posted'));
      expect(await page.getByTestId('page-composer').textContent()).not.toContain('Exactly what will be posted');
      const meta = await page.getByTestId('preview-meta').textContent();
      expect(meta).not.toContain('now');
      expect(meta).toMatch(/^on LinkedIn · \d{1,2} \w{3} \d{4}/);
      const share = (await (await stack.t.as('ana@demo.chorus')).get(`/api/v1/shares/${shareId}`).expect(200)).body as { externalId: string };
      expect(await page.getByTestId('post-link').getAttribute('href')).toBe(`https://www.linkedin.com/feed/update/${share.externalId}`);
      expect(await page.getByTestId('post-link').textContent()).toBe('See the post on LinkedIn ↗');
      for (const step of ['write', 'approve', 'schedule', 'publish']) expect(await page.getByTestId(`step-${step}`).getAttribute('data-state')).toBe('done');
      expect(await page.getByTestId('step-publish').textContent()).toContain('Published');
      expect(await page.getByTestId('reviewer-approved').count()).toBe(1);
      expect(pageProblems(page)).toEqual([]);
      await screenshot(page, 'composer-published-en');
      await onPhone(stack, 'ana@demo.chorus', `/shares/${shareId}`, 'composer-published-en-390');
    } finally {
      await screenshot(page, 'composer-states-en');
    }
  });
});

describe('the composer in Bahasa Indonesia', () => {
  const stack = setupStack();

  it('says each concern once, and names an unsaved change and a published post in Indonesian', async () => {
    await ready(stack, 'budi@demo.chorus');
    const { page } = await newPage(stack, { locale: 'id-ID' });
    try {
      await signIn(page, 'budi@demo.chorus');
      await eventuallyExpect(() => page.locator('html').getAttribute('lang'), (value) => expect(value).toBe('id'));
      await openComposer(page, 'Demo opens its Surabaya office');
      await eventuallyExpect(() => page.getByTestId('counter-includes').textContent(), (value) => expect(value).toBe('Hitungan mencakup seluruh kiriman, termasuk “#employee” yang ditambahkan untuk Anda.'));

      // The suggestion word for word, saved: the own-words concern is said once, before and after
      // approving is refused for it.
      await page.getByTestId('use-suggestion').click();
      await page.getByTestId('composer-save').click();
      await page.locator('[data-testid="share-status"][data-status="draft"]').waitFor();
      await page.getByTestId('similarity-hint').waitFor();
      expect(await page.getByTestId('warning-not_own_words').count()).toBe(0);
      await page.getByTestId('composer-approve').click();
      await eventuallyExpect(() => page.getByTestId('composer-error').textContent(), (value) => expect(value).toBe('Belum disetujui: ubah yang ditunjukkan pemeriksaan di atas, lalu setujui lagi.'));
      expect(await page.getByTestId('similarity-hint').count()).toBe(1);
      expect(await page.getByTestId('warning-not_own_words').count()).toBe(0);
      await screenshot(page, 'composer-once-id');
      await onPhone(stack, 'budi@demo.chorus', new URL(page.url()).pathname, 'composer-once-id-390', 'id-ID');

      const words = 'Minggu lalu saya mampir ke kantor baru kami di Surabaya. Pelanggan di Jawa Timur sekarang bisa bertemu kami lebih dekat!';
      await page.getByTestId('composer-commentary').fill(words);
      await eventuallyExpect(() => page.getByTestId('share-status').textContent(), (value) => expect(value).toBe('Diubah, belum disimpan'));
      await page.getByTestId('composer-approve').click();
      await page.locator('[data-testid="share-status"][data-status="approved"]').waitFor();
      expect(await page.getByTestId('composer-error').count()).toBe(0);

      await page.getByTestId('schedule-mode-at').check();
      await page.getByTestId('schedule-at').fill(DateTime.now().setZone('Asia/Jakarta').plus({ seconds: 4 }).toFormat("yyyy-MM-dd'T'HH:mm:ss"));
      await page.getByTestId('schedule-submit').click();
      await page.locator('[data-testid="share-status"][data-status="published"]').waitFor({ timeout: 30_000 });
      await eventuallyExpect(() => page.getByTestId('preview-heading').textContent(), (value) => expect(value).toBe('Sudah diposting'));
      expect(await page.getByTestId('preview-meta').textContent()).not.toContain('sekarang');
      expect(await page.getByTestId('post-link').textContent()).toBe('Lihat kirimannya di LinkedIn ↗');
      expect(await page.getByTestId('step-publish').textContent()).toContain('Terbit');
      expect(pageProblems(page)).toEqual([]);
      await onPhone(stack, 'budi@demo.chorus', new URL(page.url()).pathname, 'composer-published-id-390', 'id-ID');
    } finally {
      await screenshot(page, 'composer-published-id');
    }
  });
});

/** The policy acknowledged and LinkedIn connected, through the API: this spec is about the composer. */
async function ready(stack: BrowserStack, email: string): Promise<void> {
  const http = await stack.t.as(email);
  await http.post('/api/v1/policies/current/acknowledge').expect(200);
  const back = await connectThroughSandbox(stack.t, stack.sandbox, email);
  expect(back.status).toBe(302);
}

async function openComposer(page: Page, postTitle: string): Promise<void> {
  await page.getByTestId('nav-feed').click();
  await page.getByTestId('feed-card').filter({ hasText: postTitle }).getByTestId('feed-card-share').click();
  await page.getByTestId('page-composer').waitFor();
}

/** The same share on a 390 px phone: nothing wider than the screen. */
async function onPhone(stack: BrowserStack, email: string, path: string, name: string, locale = 'en-GB'): Promise<void> {
  const { context, page } = await newPage(stack, { mobile: true, locale });
  try {
    await signIn(page, email);
    await page.goto(path);
    await page.getByTestId('share-status').waitFor();
    await page.getByTestId('step-publish').waitFor();
    const width = await page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await screenshot(page, name);
  } finally {
    await context.close();
  }
}

import { OutboxRelay } from '@chorus/db';
import { eventuallyExpect, newPage, pageProblems, screenshot, setupStack, signIn } from './support/browser';

/** Ana and Maya read English, Budi and Citra Bahasa Indonesia (their own settings in the demo). */
const READERS = [
  { email: 'ana@demo.chorus', mobile: false, locale: 'en-GB' },
  { email: 'manager@demo.chorus', mobile: true, locale: 'en-GB' },
  { email: 'budi@demo.chorus', mobile: false, locale: 'id-ID' },
  { email: 'citra@demo.chorus', mobile: true, locale: 'id-ID' },
] as const;

const TEXT = {
  en: {
    bell: (n: number) => (n > 0 ? `Notifications, ${n} unread` : 'Notifications'),
    featured: 'New featured post: Chorus turns ten',
    policy: 'Read the new social-media policy (version 2)',
    markRead: 'Mark as read',
    markAll: 'Mark all as read',
    nothingUnread: 'Nothing unread',
    needsYou: 'What needs you',
    date: /\d{1,2} [A-Z][a-z]{2} \d{4}/,
  },
  id: {
    bell: (n: number) => (n > 0 ? `Notifikasi, ${n} belum dibaca` : 'Notifikasi'),
    featured: 'Konten unggulan baru: Chorus turns ten',
    policy: 'Baca kebijakan media sosial yang baru (versi 2)',
    markRead: 'Tandai sudah dibaca',
    markAll: 'Tandai semua sudah dibaca',
    nothingUnread: 'Tidak ada yang belum dibaca',
    needsYou: 'Yang perlu Anda tangani',
    date: /\d{1,2} [A-Z][a-z]{2} \d{4}/,
  },
};

describe('the notification bell and list, in English and Bahasa Indonesia, on a desktop and a phone', () => {
  const stack = setupStack();
  let postId: string;

  beforeAll(async () => {
    const curator = await stack.t.as('curator@demo.chorus');
    const post = await curator.post('/api/v1/posts').send({ title: 'Chorus turns ten', suggestedCommentary: 'Ten years of Chorus.', featured: true }).expect(201);
    await curator.post(`/api/v1/posts/${post.body.id}/publish`).expect(200);
    postId = post.body.id as string;
    await (await stack.t.as('admin@demo.chorus')).post('/api/v1/policies').send({ body: '# Our policy, version 2\n\nShare in your own words.' }).expect(201);
    await stack.t.app.get(OutboxRelay).run();
  });

  it.each(READERS)('$email ($locale, phone: $mobile) sees the unread count, opens the list, marks one and then all read', async ({ email, mobile, locale }) => {
    const text = TEXT[locale.startsWith('id') ? 'id' : 'en'];
    const { page, context } = await newPage(stack, { locale, mobile });
    const name = email.split('@')[0];
    try {
      await signIn(page, email);
      const bell = page.getByTestId('notification-bell');
      await eventuallyExpect(() => bell.getAttribute('aria-label'), (label) => expect(label).toBe(text.bell(2)));
      expect(await page.getByRole('link', { name: text.bell(2) }).count()).toBe(1);
      // The home page lists what needs the person, the unread notifications first.
      await eventuallyExpect(() => page.getByTestId('home-needs-you').textContent(), (value) => expect(value).toContain(text.needsYou));
      await eventuallyExpect(() => page.getByTestId('home-unread').textContent(), (value) => expect(value).toContain(text.featured));
      await screenshot(page, `notifications/${name}-home`);

      await bell.click();
      const items = page.getByTestId('notification');
      await eventuallyExpect(() => items.count(), (count) => expect(count).toBe(2));
      expect((await page.locator('.notification-title a').allTextContents()).sort()).toEqual([text.featured, text.policy].sort());
      expect(await page.getByRole('link', { name: text.featured }).getAttribute('href')).toBe(`/feed/${postId}/share`);
      expect(await page.locator('.notification-time').first().textContent()).toMatch(text.date);
      await screenshot(page, `notifications/${name}-list`);

      await page.getByRole('button', { name: `${text.markRead}: ${text.policy}` }).click();
      await eventuallyExpect(() => bell.getAttribute('aria-label'), (label) => expect(label).toBe(text.bell(1)));
      await page.getByTestId('mark-all-read').click();
      await eventuallyExpect(() => bell.getAttribute('aria-label'), (label) => expect(label).toBe(text.bell(0)));
      expect(await page.getByTestId('notification-count').count()).toBe(0);
      await page.getByTestId('notifications-filter-unread').check({ force: true });
      await eventuallyExpect(() => page.getByTestId('empty-state').textContent(), (value) => expect(value).toContain(text.nothingUnread));

      // The deep link leads to the composer of the featured post.
      await page.getByTestId('notifications-filter-all').check({ force: true });
      await page.getByRole('link', { name: text.featured }).click();
      await eventuallyExpect(async () => page.url(), (url) => expect(url).toContain(`/feed/${postId}/share`));
      expect(pageProblems(page)).toEqual([]);
    } finally {
      await screenshot(page, `notifications/${name}-end`);
      await context.close();
    }
  });

  it('lets an admin connect a Slack channel on the organisation page, shows only the end of the URL, and removes it', async () => {
    const { page, context } = await newPage(stack);
    try {
      await signIn(page, 'admin@demo.chorus');
      await page.goto('/admin/organization');
      const section = page.getByTestId('chat-integrations');
      await eventuallyExpect(() => section.getByTestId('chat-none').count(), (count) => expect(count).toBe(1));
      await page.getByTestId('chat-url').fill('https://hooks.example.com/services/T1/B1/nope');
      await page.getByTestId('chat-save').click();
      await eventuallyExpect(() => section.getByTestId('error-text').textContent(), (value) => expect(value).toContain('hooks.slack.com'));
      await page.getByTestId('chat-url').fill('https://hooks.slack.com/services/T0001/B0001/BrowserSecret77');
      await page.getByTestId('chat-save').click();
      await eventuallyExpect(() => section.getByTestId('chat-webhook').textContent(), (value) => expect(value).toContain('https://hooks.slack.com/…et77'));
      expect(await page.content()).not.toContain('BrowserSecret');
      await screenshot(page, 'notifications/admin-chat');
      await section.getByTestId('chat-remove').click();
      await section.getByRole('button', { name: 'Remove' }).last().click();
      await eventuallyExpect(() => section.getByTestId('chat-none').count(), (count) => expect(count).toBe(1));
      expect(pageProblems(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

import { eventuallyExpect, newPage, pageProblems, screenshot, setupStack, signIn } from './support/browser';
import { sandboxPosts, shareFromFeed } from './support/employee-flow';

describe('an employee shares a suggested post in their own words (Bahasa Indonesia)', () => {
  const stack = setupStack();

  it('Budi, whose language is Bahasa Indonesia, goes through the same flow in it', async () => {
    const { page } = await newPage(stack, { locale: 'id-ID' });
    try {
      await signIn(page, 'budi@demo.chorus');
      // Budi chose Bahasa Indonesia: the whole interface, dates included, follows.
      await eventuallyExpect(() => page.getByTestId('nav-feed').textContent(), (value) => expect(value).toBe('Saran konten'));
      await eventuallyExpect(() => page.locator('html').getAttribute('lang'), (value) => expect(value).toBe('id'));
      await eventuallyExpect(() => page.getByTestId('home-page').textContent(), (value) => expect(value).toMatch(/Hari ini \w+, \d{1,2} \w+ \d{4}/));

      const posted = await shareFromFeed(page, {
        email: 'budi@demo.chorus',
        timezone: 'Asia/Jakarta',
        postTitle: 'Demo opens its Surabaya office',
        commentary: 'Minggu lalu saya mampir ke kantor baru kami di Surabaya. Pelanggan di Jawa Timur sekarang bisa bertemu kami lebih dekat!',
        texts: { policyHeading: 'Kebijakan media sosial', published: 'Terbit', nothingScheduled: 'Belum ada kiriman yang dijadwalkan di akun ini.' },
      });
      await eventuallyExpect(() => page.getByTestId('published-notice').textContent(), (value) => expect(value).toMatch(/^Terbit pada /));

      const posts = await sandboxPosts(stack);
      expect(posts).toHaveLength(1);
      expect(posts[0].commentary).toBe(posted);
      expect(pageProblems(page)).toEqual([]);
    } finally {
      await screenshot(page, 'employee-share-id');
    }
  });

  it('a curator working in Bahasa Indonesia sees what the server refused beside the field, in Indonesian', async () => {
    const { page } = await newPage(stack, { locale: 'id-ID' });
    try {
      await signIn(page, 'curator@demo.chorus');
      await page.getByTestId('language-switch').selectOption('id');
      await eventuallyExpect(() => page.getByTestId('nav-home').textContent(), (value) => expect(value).toBe('Beranda'));
      await page.goto('/campaigns');
      await page.getByTestId('campaign-name').fill('Peluncuran Surabaya');
      // The form leaves the range to the server (noValidate): it answers "pointsMultiplier must not be greater than 10".
      await page.getByTestId('campaign-multiplier').fill('11');
      await page.getByTestId('campaign-create').click();
      const multiplierField = page.locator('.field', { has: page.getByTestId('campaign-multiplier') });
      await eventuallyExpect(() => multiplierField.locator('.field-error').textContent(), (value) => expect(value).toBe('Pengali poin: maksimal 10'));
      expect(await page.getByTestId('campaign-multiplier').getAttribute('aria-invalid')).toBe('true');
      // Every problem is beside its field: nothing is left for the form-wide error.
      expect(await page.getByTestId('page-campaigns').getByTestId('error-text').count()).toBe(0);
      await screenshot(page, 'curator-campaign-multiplier-id');

      // A rule the service checks names both fields by their labels.
      await page.getByTestId('campaign-multiplier').fill('1.5');
      await page.getByTestId('campaign-starts-at').fill('2030-05-02T09:00');
      await page.getByTestId('campaign-ends-at').fill('2030-05-01T09:00');
      await page.getByTestId('campaign-create').click();
      const endsField = page.locator('.field', { has: page.getByTestId('campaign-ends-at') });
      await eventuallyExpect(() => endsField.locator('.field-error').textContent(), (value) => expect(value).toBe('Berakhir harus setelah Mulai'));
      expect(await multiplierField.locator('.field-error').count()).toBe(0);
      expect(pageProblems(page)).toEqual([]);
    } finally {
      await screenshot(page, 'curator-campaign-errors-id');
    }
  });
});

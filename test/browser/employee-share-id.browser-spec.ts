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
});

import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eventuallyExpect, newPage, pageProblems, screenshot, setupStack, signIn } from './support/browser';

/** The article being promoted, with Open Graph tags for the link preview to read. */
function startArticle(): Promise<{ url: string; server: Server }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html><head><title>Plain title</title>
      <meta property="og:title" content="Demo wins the Jakarta Green Office award">
      <meta property="og:description" content="Our Jakarta office is the greenest in the city, says the jury.">
      </head><body><h1>Award</h1></body></html>`);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/news/award`, server })));
}

describe('a curator publishes a post with a LinkedIn variant', () => {
  // The link preview fetches only public addresses unless told otherwise; the article is local.
  const stack = setupStack({ LINK_PREVIEW_ALLOWED_HOSTS: '127.0.0.1' });
  let article: { url: string; server: Server };

  beforeAll(async () => {
    article = await startArticle();
  });
  afterAll(() => article?.server.close());

  const variant = 'Our Jakarta office just won the Green Office award. Proud of the facilities team who made it happen!';

  it('writes it with a link preview, a LinkedIn variant and a team, publishes it, and an employee of that team sees it', async () => {
    const curator = await newPage(stack);
    try {
      await signIn(curator.page, 'curator@demo.chorus');
      const page = curator.page;
      await page.getByTestId('nav-content').click();
      await page.getByTestId('post-table').waitFor();
      await page.getByTestId('new-post').click();

      // A link Chorus may not fetch: the reason appears right under the button, not at the foot of the form.
      await page.getByTestId('post-url').fill('http://10.1.2.3/news');
      await page.getByTestId('fetch-preview').click();
      await page.getByTestId('preview-error').waitFor();
      expect(await page.getByTestId('preview-error').textContent()).toContain('private or local network');
      const button = (await page.getByTestId('fetch-preview').boundingBox())!;
      const reason = (await page.getByTestId('preview-error').boundingBox())!;
      expect(reason.y - (button.y + button.height)).toBeLessThan(120);
      await screenshot(page, 'curator-post-preview-error');

      await page.getByTestId('post-url').fill(article.url);
      await page.getByTestId('fetch-preview').click();
      await page.getByTestId('preview-notice').waitFor();
      expect(await page.getByTestId('preview-error').count()).toBe(0);
      await eventuallyExpect(() => page.getByTestId('post-title').inputValue(), (value) => expect(value).toBe('Demo wins the Jakarta Green Office award'));
      await eventuallyExpect(() => page.getByTestId('post-description').inputValue(), (value) => expect(value).toBe('Our Jakarta office is the greenest in the city, says the jury.'));

      await page.getByTestId('post-suggested').fill('We won the Jakarta Green Office award.');
      await page.getByTestId('post-variant-linkedin').fill(variant);
      await eventuallyExpect(() => page.getByTestId('counter-variant-linkedin').textContent(), (value) => expect(value).toContain(`${[...variant].length} / 3,000`));
      await page.getByTestId('post-variant-x').fill('x'.repeat(281));
      await eventuallyExpect(() => page.getByTestId('counter-variant-x').getAttribute('data-over'), (value) => expect(value).toBe('true'));
      await page.getByTestId('post-variant-x').fill('Our Jakarta office won the Green Office award 🌱');
      await page.getByTestId('post-hashtags').fill('#GreenOffice, Jakarta');
      await page.getByTestId('post-teams').getByLabel('Sales').check();
      await page.getByTestId('post-featured').check();
      await eventuallyExpect(() => page.getByTestId('post-preview-text').textContent(), (value) => expect(value).toBe(variant));

      await page.getByTestId('post-publish').click();
      await page.getByTestId('post-notice').filter({ hasText: 'Published' }).waitFor();
      await eventuallyExpect(() => page.getByTestId('post-status').textContent(), (value) => expect(value).toBe('Published'));
      await page.waitForURL((url) => /^\/content\/[0-9a-f-]{36}$/.test(url.pathname));
      await page.getByRole('link', { name: '← Back to content' }).click();
      await page.locator('[data-testid="post-row"]', { hasText: 'Demo wins the Jakarta Green Office award' }).waitFor();
      expect(pageProblems(page)).toEqual([]);
    } finally {
      await screenshot(curator.page, 'curator-post-editor');
    }

    // Ana is in Sales: the post is first in her feed (featured), with the LinkedIn variant.
    const ana = await newPage(stack);
    try {
      await signIn(ana.page, 'ana@demo.chorus');
      await ana.page.getByTestId('nav-feed').click();
      const first = ana.page.getByTestId('feed-card').first();
      await eventuallyExpect(() => first.getByRole('heading').textContent(), (value) => expect(value).toBe('Demo wins the Jakarta Green Office award'));
      await eventuallyExpect(() => first.getAttribute('data-featured'), (value) => expect(value).toBe('true'));
      await eventuallyExpect(() => first.textContent(), (value) => expect(value).toContain(variant));
      await eventuallyExpect(() => first.textContent(), (value) => expect(value).toContain('#GreenOffice #Jakarta'));

      // She has not connected LinkedIn yet: the composer says what to do first.
      await first.getByTestId('feed-card-share').click();
      await eventuallyExpect(() => ana.page.getByTestId('empty-state').getByRole('link').getAttribute('href'), (value) => expect(value).toBe('/connections'));
      await ana.page.getByTestId('nav-feed').click();
      await ana.page.getByTestId('feed-list').waitFor();
      expect(pageProblems(ana.page)).toEqual([]);
    } finally {
      await screenshot(ana.page, 'curator-post-employee-feed');
    }

    // Citra is in Engineering: not for her.
    const citra = await newPage(stack);
    await signIn(citra.page, 'citra@demo.chorus');
    await citra.page.getByTestId('nav-feed').click();
    await citra.page.getByTestId('feed-list').waitFor();
    await eventuallyExpect(() => citra.page.getByTestId('feed-card').filter({ hasText: 'Green Office' }).count(), (value) => expect(value).toBe(0));
  });
});

import { eventuallyExpect, newPage, pageProblems, screenshot, setupStack, signIn } from './support/browser';

/** Browsers block http images on Chorus's pages, so the post editor refuses them up front and says why. */
describe('an http image address', () => {
  const stack = setupStack();

  it.each([
    { locale: 'en', text: 'Enter an image address starting with https:// (browsers block http images here).' },
    { locale: 'id', text: 'Masukkan alamat gambar yang diawali https:// (peramban memblokir gambar http di sini).' },
  ] as const)('is refused beside its field before saving ($locale)', async ({ locale, text }) => {
    const curator = await stack.t.as('curator@demo.chorus');
    await curator.patch('/api/v1/me').send({ locale }).expect(200);
    const before = ((await curator.get('/api/v1/posts').expect(200)).body as unknown[]).length;
    const { page, context } = await newPage(stack, { locale: locale === 'id' ? 'id-ID' : 'en-GB' });
    try {
      await signIn(page, 'curator@demo.chorus');
      await page.goto('/content/new');
      await page.getByTestId('post-title').fill('Office photos');
      await page.getByTestId('post-suggested').fill('Look at our office.');
      await page.getByTestId('post-image').fill('http://example.com/office.jpg');
      await page.getByTestId('post-save').click();
      await eventuallyExpect(() => page.getByTestId('post-image').getAttribute('aria-invalid'), (value) => expect(value).toBe('true'));
      expect(await page.locator('form').textContent()).toContain(text);
      expect(((await curator.get('/api/v1/posts').expect(200)).body as unknown[]).length).toBe(before);
      await screenshot(page, `forms/http-image-${locale}`);
      expect(pageProblems(page)).toEqual([]);
    } finally {
      await context.close();
      await curator.patch('/api/v1/me').send({ locale: 'en' }).expect(200);
    }
  });
});

import { eventuallyExpect, newPage, pageProblems, screenshot, setupStack } from './support/browser';

/** The sign-in form says what is wrong in the reader's language, not in the browser's own words. */
describe('signing in with a mistyped address', () => {
  const stack = setupStack();

  it.each([
    { locale: 'en-GB', invalid: 'This is not an email address; it looks like name@example.com.', password: 'Enter your password.' },
    { locale: 'id-ID', invalid: 'Ini bukan alamat email; bentuknya seperti nama@contoh.com.', password: 'Masukkan kata sandi Anda.' },
  ])('names the field and the rule ($locale)', async ({ locale, invalid, password }) => {
    const { page, context } = await newPage(stack, { locale, mobile: locale === 'id-ID' });
    try {
      await page.goto('/sign-in');
      await page.getByTestId('sign-in-email').fill('budi');
      await page.getByTestId('sign-in-submit').click();
      await eventuallyExpect(() => page.getByTestId('sign-in-form').textContent(), (text) => expect(text).toContain(invalid));
      expect(await page.getByTestId('sign-in-form').textContent()).toContain(password);
      expect(await page.getByTestId('sign-in-email').getAttribute('aria-invalid')).toBe('true');
      // The browser's own bubble never appears: the form is not blocked by native validation.
      expect(await page.evaluate(() => (globalThis as unknown as { document: { querySelector(s: string): { noValidate: boolean } } }).document.querySelector('form').noValidate)).toBe(true);
      await screenshot(page, `sign-in/invalid-${locale}`);
      expect(pageProblems(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

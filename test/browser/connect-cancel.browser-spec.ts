import { eventuallyExpect, newPage, pageProblems, screenshot, setupStack, signIn } from './support/browser';

/** Cancelling on LinkedIn's consent page lands back in Chorus with a sentence in the reader's language. */
describe('cancelling the LinkedIn consent', () => {
  const stack = setupStack();

  it.each([
    { email: 'ana@demo.chorus', locale: 'en-GB', mobile: false, sentence: 'You cancelled on LinkedIn, so nothing was connected. You can connect any time from Connections.' },
    { email: 'budi@demo.chorus', locale: 'id-ID', mobile: true, sentence: 'Anda membatalkan di LinkedIn' },
  ])('$email lands on Connections with "$sentence"', async ({ email, locale, mobile, sentence }) => {
    const { page, context } = await newPage(stack, { locale, mobile });
    try {
      await signIn(page, email);
      await page.goto('/connections');
      await page.getByTestId('connect-linkedin').click();
      await page.waitForURL((url) => url.pathname === '/oauth/v2/authorization');
      await page.locator('select[name="member"]').selectOption(email);
      await page.locator('button[name="decision"][value="deny"]').click();
      await page.waitForURL((url) => url.pathname === '/connections' && url.searchParams.get('notConnected') === 'linkedin.cancelled');
      await eventuallyExpect(() => page.getByTestId('not-connected-notice').textContent(), (text) => expect(text).toContain(sentence));
      // Still a Chorus page, with the way to try again.
      await eventuallyExpect(() => page.getByTestId('connect-linkedin').count(), (count) => expect(count).toBe(1));
      await screenshot(page, `connect-cancel/${email.split('@')[0]}`);
      expect(pageProblems(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

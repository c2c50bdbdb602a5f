import { eventually } from '../support/test-app';
import { newPage, pageProblems, screenshot, setupStack, signIn } from './support/browser';
import { sandboxPosts, shareFromFeed } from './support/employee-flow';

describe('an employee shares a suggested post in their own words (English)', () => {
  const stack = setupStack();

  it('acknowledges the policy, connects LinkedIn, personalises, approves, schedules, and sees it published', async () => {
    const { page } = await newPage(stack);
    try {
      await signIn(page, 'ana@demo.chorus');
      const posted = await shareFromFeed(page, {
        email: 'ana@demo.chorus',
        timezone: 'Asia/Jakarta',
        postTitle: 'Demo opens its Surabaya office',
        commentary: 'I visited our new Surabaya office last week and met the team there. Customers in East Java now have us right next door!',
        texts: { policyHeading: 'Social media policy', published: 'Published', nothingScheduled: 'Nothing is scheduled on this account yet.' },
      });

      // The sandbox received exactly the approved text, once.
      const posts = await sandboxPosts(stack);
      expect(posts).toHaveLength(1);
      expect(posts[0].commentary).toBe(posted);

      // The published share earned points (awarded by the worker a moment later): the header
      // and the points page show them.
      const ana = await stack.t.as('ana@demo.chorus');
      const earned = await eventually(
        async () => ((await ana.get('/api/v1/me/points').expect(200)).body as { balance: number }).balance,
        (balance) => balance > 0,
      );
      await page.getByTestId('nav-points').click();
      // Wait for the pages to load their figures rather than reading them while they still show "–".
      await page.getByTestId('points-balance').filter({ hasText: String(earned) }).waitFor();
      await page.getByTestId('header-points').filter({ hasText: `${earned} points` }).waitFor();
      await page.locator('[data-testid="badge"][data-earned="true"]').first().waitFor();

      // The share list and the week calendar show it too.
      await page.getByTestId('nav-shares').click();
      await page.locator('[data-testid="share-row"][data-status="published"]').waitFor();
      await page.getByTestId('shares-view-week').click();
      await page.locator('[data-testid="week-calendar"] [data-status="published"]').first().waitFor();
      expect(pageProblems(page)).toEqual([]);
    } finally {
      await screenshot(page, 'employee-share-en');
    }
  });
});

import { newPage, pageProblems, pendingRequests, screenshot, setupStack, signIn } from './support/browser';

/** Every area each demo role can open, as the navigation lists them. */
const ROLES: { email: string; sections: string[] }[] = [
  { email: 'ana@demo.chorus', sections: ['home', 'feed', 'shares', 'connections', 'points', 'board', 'notifications', 'settings', 'policy'] },
  { email: 'curator@demo.chorus', sections: ['content', 'campaigns'] },
  { email: 'manager@demo.chorus', sections: ['leaderboards', 'team'] },
  {
    email: 'admin@demo.chorus',
    sections: ['reviews', 'users', 'organization', 'policy-versions', 'compliance-rules', 'points-rules', 'rewards', 'contests', 'audit-log', 'sent-mail'],
  },
];

describe('every page, for the role it belongs to', () => {
  const stack = setupStack();

  it.each(ROLES)('$email: each page has its heading, no error and no script error, on a desktop and a phone', async ({ email, sections }) => {
    for (const mobile of [false, true]) {
      const { page, context } = await newPage(stack, { mobile });
      await signIn(page, email);
      for (const section of sections) {
        if (mobile) {
          await page.getByTestId('menu-toggle').click();
        }
        await page.getByTestId(`nav-${section}`).click();
        // The new page itself (navigation keeps the old one on screen until the new one is ready).
        await page.getByTestId(section === 'home' ? 'home-page' : `page-${section}`).locator('h1').waitFor();
        // Judge the page once its own requests have answered.
        const loading = page.getByTestId('loading');
        for (let waited = 0; waited < 20_000 && (await loading.count()) > 0; waited += 100) await page.waitForTimeout(100);
        if ((await loading.count()) > 0) {
          throw new Error(`${section} is still loading; unanswered: ${JSON.stringify(pendingRequests(page))} at ${Date.now()}; main: ${(await page.locator('main').innerHTML()).slice(0, 1500)}`);
        }
        const errors = await page.getByTestId('error-state').allTextContents();
        expect({ section, errors }).toEqual({ section, errors: [] });
        await screenshot(page, `pages/${email.split('@')[0]}-${section}${mobile ? '-phone' : ''}`);
      }
      expect(pageProblems(page)).toEqual([]);
      await context.close();
    }
  });
});

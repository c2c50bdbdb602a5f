import { newPage, pageProblems, pendingRequests, screenshot, setupStack, signIn } from './support/browser';
import { englishLines, horizontalOverflow, unnamedControls } from './support/page-checks';

/** A desktop in English, a phone in English, and a phone in Bahasa Indonesia. */
const VIEWS = [
  { mobile: false, locale: 'en' },
  { mobile: true, locale: 'en' },
  { mobile: true, locale: 'id' },
] as const;

/** Every area each demo role can open, as the navigation lists them. */
const ROLES: { email: string; sections: string[] }[] = [
  { email: 'ana@demo.chorus', sections: ['home', 'feed', 'shares', 'connections', 'points', 'board', 'notifications', 'settings', 'policy'] },
  { email: 'curator@demo.chorus', sections: ['content', 'campaigns', 'results'] },
  { email: 'manager@demo.chorus', sections: ['results', 'leaderboards', 'team'] },
  {
    email: 'admin@demo.chorus',
    sections: ['reviews', 'results', 'users', 'organization', 'policy-versions', 'compliance-rules', 'points-rules', 'rewards', 'contests', 'audit-log', 'sent-mail'],
  },
];

describe('every page, for the role it belongs to', () => {
  const stack = setupStack();

  it.each(ROLES)('$email: each page has its heading, no error, no script error, no unnamed control, fits a phone, and reads in the person’s language', async ({ email, sections }) => {
    for (const { mobile, locale } of VIEWS) {
      // The person's own language setting decides the UI's language once signed in.
      await (await stack.t.as(email)).patch('/api/v1/me').send({ locale }).expect(200);
      const { page, context } = await newPage(stack, { mobile, locale: locale === 'id' ? 'id-ID' : 'en-GB' });
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
        const view = `${section}${mobile ? '-phone' : ''}${locale === 'id' ? '-id' : ''}`;
        await screenshot(page, `pages/${email.split('@')[0]}-${view}`);
        expect({ view, unnamed: await unnamedControls(page) }).toEqual({ view, unnamed: [] });
        if (mobile) expect({ view, overflow: await horizontalOverflow(page) }).toEqual({ view, overflow: 0 });
        if (locale === 'id') expect({ view, english: await englishLines(page) }).toEqual({ view, english: [] });
      }
      expect(pageProblems(page)).toEqual([]);
      await context.close();
    }
    await (await stack.t.as(email)).patch('/api/v1/me').send({ locale: email.startsWith('budi') || email.startsWith('citra') ? 'id' : 'en' }).expect(200);
  });

  it('the checks above are not blind: they see a planted English sentence, an unnamed button and an overflowing box', async () => {
    await (await stack.t.as('budi@demo.chorus')).patch('/api/v1/me').send({ locale: 'id' }).expect(200);
    const { page, context } = await newPage(stack, { mobile: true, locale: 'id-ID' });
    try {
      await signIn(page, 'budi@demo.chorus');
      await page.getByTestId('home-page').locator('h1').waitFor();
      expect(await englishLines(page)).toEqual([]);
      expect(await unnamedControls(page)).toEqual([]);
      expect(await horizontalOverflow(page)).toBe(0);
      await page.evaluate(() => {
        const document = (globalThis as unknown as { document: { body: { append(...nodes: unknown[]): void }; createElement(tag: string): { textContent: string; style: { width: string } }; querySelector(selector: string): { append(...nodes: unknown[]): void } } }).document;
        const english = document.createElement('p');
        english.textContent = 'Show older entries';
        const unnamed = document.createElement('button');
        const wide = document.createElement('div');
        wide.style.width = '900px';
        wide.textContent = 'wide';
        document.querySelector('main').append(english, unnamed);
        document.body.append(wide);
      });
      expect(await englishLines(page)).toEqual(['Show older entries']);
      expect((await unnamedControls(page)).some((problem) => problem.startsWith('button-name'))).toBe(true);
      expect(await horizontalOverflow(page)).toBeGreaterThan(400);
    } finally {
      await context.close();
    }
  });
});

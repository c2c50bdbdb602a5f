import { DateTime } from 'luxon';
import type { Page } from 'playwright-core';
import { awardPendingPoints, publishedShare } from '../support/gamification';
import { eventuallyExpect, newPage, pageProblems, screenshot, setupStack, signIn } from './support/browser';

/** Ana reads English, Budi and Citra Bahasa Indonesia (their own settings in the demo); none of them is a manager. */
const READERS = [
  { email: 'ana@demo.chorus', mobile: false, locale: 'en-GB' },
  { email: 'ana@demo.chorus', mobile: true, locale: 'en-GB' },
  { email: 'budi@demo.chorus', mobile: false, locale: 'id-ID' },
  { email: 'citra@demo.chorus', mobile: true, locale: 'id-ID' },
] as const;

const TEXT = {
  en: {
    points: '+15 points',
    multiplier: 'Campaign ×1.5',
    bonus: '+8 more in your own words',
    alreadyShared: 'You already shared these',
    noMatch: 'No post matches',
    board: 'Contests & leaderboard',
    myPlace: 'Your place: number',
    hidden: 'Your organisation shows the full leaderboard to managers only.',
    yourPoints: 'Your points',
    nextShares: 'Your next scheduled shares',
  },
  id: {
    points: '+15 poin',
    multiplier: 'Kampanye ×1,5',
    bonus: '+8 lagi dengan kata-kata Anda sendiri',
    alreadyShared: 'Sudah Anda bagikan',
    noMatch: 'Tidak ada kiriman yang cocok',
    board: 'Kontes & papan peringkat',
    myPlace: 'Posisi Anda: nomor',
    hidden: 'Organisasi Anda hanya menampilkan papan peringkat lengkap kepada manajer.',
    yourPoints: 'Poin Anda',
    nextShares: 'Kiriman terjadwal berikutnya',
  },
};

async function noHorizontalOverflow(page: Page): Promise<void> {
  const { scroll, client } = await page.evaluate(() => {
    const root = (globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }).document.documentElement;
    return { scroll: root.scrollWidth, client: root.clientWidth };
  });
  expect(scroll).toBeLessThanOrEqual(client);
}

const cardTitles = (page: Page, list: string) => page.locator(`[data-testid="${list}"] .feed-card-title`).allTextContents();

describe('an employee finds posts, sees contests and the leaderboard, and a full home page, in English and Bahasa Indonesia, on a desktop and a phone', () => {
  const stack = setupStack();

  beforeAll(async () => {
    const t = stack.t;
    const [curator, admin] = await Promise.all([t.as('curator@demo.chorus'), t.as('admin@demo.chorus')]);
    const campaign = await curator.post('/api/v1/campaigns').send({ name: 'Zq Recruiting', pointsMultiplier: 1.5 }).expect(201);
    const publish = async (body: Record<string, unknown>) => {
      const created = await curator.post('/api/v1/posts').send({ suggestedCommentary: 'Our news is out.', ...body }).expect(201);
      await curator.post(`/api/v1/posts/${created.body.id}/publish`).expect(200);
      return created.body.id as string;
    };
    await publish({ title: 'Zq We are hiring in Surabaya', hashtags: ['#Hiring'], campaignId: campaign.body.id });
    await publish({ title: 'Zq A new office in Medan', hashtags: ['#office'] });
    const shared = await publish({ title: 'Zq Already shared by everyone' });
    for (const email of ['ana@demo.chorus', 'budi@demo.chorus', 'citra@demo.chorus']) {
      await publishedShare(t, { email, postId: shared, commentary: `${email} shared this in their own words, with a personal story about the team.` });
    }
    await awardPendingPoints(t);
    const today = DateTime.now().setZone('Asia/Jakarta');
    await admin
      .post('/api/v1/contests')
      .send({ name: 'Zq Sprint', startsOn: today.minus({ days: 1 }).toISODate(), endsOn: today.plus({ days: 5 }).toISODate(), prizes: [{ title: 'Lunch with the CEO' }] })
      .expect(201);
    await admin.patch('/api/v1/organization').send({ employeesSeeLeaderboard: true }).expect(200);
  });

  it.each(READERS)('$email ($locale, phone: $mobile): home, feed search and filters, contests and leaderboard', async ({ email, mobile, locale }) => {
    const text = TEXT[locale.startsWith('id') ? 'id' : 'en'];
    const name = `${email.split('@')[0]}-${mobile ? 'phone' : 'desktop'}`;
    const { page, context } = await newPage(stack, { locale, mobile });
    try {
      await signIn(page, email);

      // Home: points, next shares and suggestions, beside what needs me.
      const summary = page.getByTestId('home-summary');
      await eventuallyExpect(() => page.getByTestId('home-points').textContent(), (value) => expect(value).toMatch(new RegExp(`${text.yourPoints}\\d+`)));
      await eventuallyExpect(() => page.getByTestId('home-suggestions').textContent(), (value) => expect(value).toContain('Zq We are hiring in Surabaya'));
      expect(await page.getByTestId('home-suggestions').textContent()).not.toContain('Zq Already shared by everyone');
      expect(await summary.textContent()).toContain(text.nextShares);
      await noHorizontalOverflow(page);
      await screenshot(page, `employee-engagement/${name}-home`);

      // Feed: search, any case.
      await page.goto('/feed');
      await page.getByTestId('feed-card').first().waitFor();
      await page.getByTestId('feed-search').fill('ZQ HIRING');
      await eventuallyExpect(() => cardTitles(page, 'feed-list'), (titles) => expect(titles).toEqual(['Zq We are hiring in Surabaya']));
      expect(page.url()).toContain('q=ZQ+HIRING');
      const card = page.getByTestId('feed-card').first();
      expect(await card.getByTestId('feed-card-points').textContent()).toBe(text.points);
      expect(await card.getByTestId('feed-card-multiplier').textContent()).toBe(text.multiplier);
      expect(await card.getByTestId('feed-card-bonus').textContent()).toBe(text.bonus);
      await noHorizontalOverflow(page);
      await screenshot(page, `employee-engagement/${name}-feed-search`);

      // Filter by topic, then by campaign.
      await page.getByTestId('feed-search').fill('zq');
      await eventuallyExpect(() => cardTitles(page, 'feed-list'), (titles) => expect(titles).toHaveLength(2));
      await page.getByTestId('feed-hashtag').selectOption('#office');
      await eventuallyExpect(() => cardTitles(page, 'feed-list'), (titles) => expect(titles).toEqual(['Zq A new office in Medan']));
      await page.getByTestId('feed-hashtag').selectOption('');
      await page.getByTestId('feed-campaign').selectOption({ label: 'Zq Recruiting' });
      await eventuallyExpect(() => cardTitles(page, 'feed-list'), (titles) => expect(titles).toEqual(['Zq We are hiring in Surabaya']));
      await page.getByTestId('feed-campaign').selectOption('');

      // What I shared comes last, under its own heading, and can be hidden.
      await eventuallyExpect(() => cardTitles(page, 'feed-shared-list'), (titles) => expect(titles).toEqual(['Zq Already shared by everyone']));
      expect(await page.locator('#feed-shared-title').textContent()).toBe(text.alreadyShared);
      await screenshot(page, `employee-engagement/${name}-feed-shared`);
      // The box follows the address, which the router updates in a transition: on a busy machine it turns checked a moment after the click, so click and wait rather than check().
      await page.getByTestId('feed-hide-shared').click();
      await eventuallyExpect(() => page.getByTestId('feed-hide-shared').isChecked(), (checked) => expect(checked).toBe(true));
      await eventuallyExpect(() => page.getByTestId('feed-shared').count(), (count) => expect(count).toBe(0));
      expect(await cardTitles(page, 'feed-list')).toHaveLength(2);
      expect(page.url()).toContain('hideShared=true');

      // Nothing matches: said so, with a way back.
      await page.getByTestId('feed-search').fill('zq nothing like this');
      await eventuallyExpect(() => page.getByTestId('empty-state').textContent(), (value) => expect(value).toContain(text.noMatch));
      await page.getByTestId('feed-clear').click();
      await eventuallyExpect(() => page.getByTestId('feed-card').count(), (count) => expect(count).toBeGreaterThan(3));
      expect(await page.getByTestId('feed-search').inputValue()).toBe('');

      // Contests and the leaderboard, from the navigation.
      if (mobile) await page.getByTestId('menu-toggle').click();
      await page.getByTestId('nav-board').click();
      await eventuallyExpect(() => page.locator('h1').textContent(), (value) => expect(value).toBe(text.board));
      await eventuallyExpect(() => page.getByTestId('board-contests').textContent(), (value) => expect(value).toContain('Zq Sprint'));
      await eventuallyExpect(() => page.getByTestId('contest-me').first().textContent(), (value) => expect(value).toBeTruthy());
      await eventuallyExpect(() => page.getByTestId('board-row').count(), (count) => expect(count).toBeGreaterThanOrEqual(3));
      expect(await page.getByTestId('board-leaderboard-table').textContent()).toContain('Budi Santoso');
      expect(await page.getByTestId('board-leaderboard-table').textContent()).toContain('Citra Lestari');
      await noHorizontalOverflow(page);
      await screenshot(page, `employee-engagement/${name}-board`);
      expect(pageProblems(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('with the leaderboard for managers only, an employee sees why and where their own rank is', async () => {
    const admin = await stack.t.as('admin@demo.chorus');
    await admin.patch('/api/v1/organization').send({ employeesSeeLeaderboard: false }).expect(200);
    try {
      for (const reader of [READERS[0], READERS[3]]) {
        const text = TEXT[reader.locale.startsWith('id') ? 'id' : 'en'];
        const { page, context } = await newPage(stack, reader);
        try {
          await signIn(page, reader.email);
          await page.goto('/board');
          await eventuallyExpect(() => page.getByTestId('board-leaderboard-hidden').textContent(), (value) => expect(value).toContain(text.hidden));
          expect(await page.getByTestId('board-row').count()).toBe(0);
          await eventuallyExpect(() => page.getByTestId('board-contests').textContent(), (value) => expect(value).toContain('Zq Sprint'));
          await noHorizontalOverflow(page);
          await screenshot(page, `employee-engagement/${reader.email.split('@')[0]}-board-hidden`);
        } finally {
          await context.close();
        }
      }
    } finally {
      await admin.patch('/api/v1/organization').send({ employeesSeeLeaderboard: true }).expect(200);
    }
  });
});

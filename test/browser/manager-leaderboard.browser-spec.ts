import { DateTime } from 'luxon';
import { awardPendingPoints, pointsPost, publishedShare } from '../support/gamification';
import { eventuallyExpect, newPage, pageProblems, screenshot, setupStack, signIn } from './support/browser';

describe('a manager follows the leaderboards', () => {
  const stack = setupStack();

  beforeAll(async () => {
    const t = stack.t;
    // Points that tell the periods apart: this month Ana leads; over all time Citra, whose
    // shares went out last quarter, leads.
    const lastQuarter = DateTime.now().setZone('Asia/Jakarta').startOf('quarter').minus({ days: 10 }).toJSDate();
    const posts = await Promise.all(['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6'].map((title) => pointsPost(stack.t, `Browser ${title}`, 10)));
    await publishedShare(t, { email: 'ana@demo.chorus', postId: posts[0].id, commentary: 'My own take on the first one, with plenty of new words added here.' });
    await publishedShare(t, { email: 'ana@demo.chorus', postId: posts[1].id, commentary: 'Another personal note about the second post, in my own voice today.' });
    await publishedShare(t, { email: 'budi@demo.chorus', postId: posts[0].id, commentary: 'Budi menulis dengan kata-katanya sendiri tentang kiriman pertama ini.' });
    for (const post of posts.slice(2, 6)) {
      await publishedShare(t, { email: 'citra@demo.chorus', postId: post.id, commentary: `Citra shared ${post.title} in her own words long ago.`, publishedAt: lastQuarter });
    }
    await awardPendingPoints(t);
  });

  it('switches between month, quarter and all time, for the organisation and for the team', async () => {
    const { page } = await newPage(stack);
    try {
      await signIn(page, 'manager@demo.chorus');
      await page.getByTestId('nav-leaderboards').click();
      const board = page.getByTestId('leaderboard');
      const firstName = () => page.getByTestId('leaderboard-row').first().locator('th').textContent();

      await page.locator('[data-testid="leaderboard"][data-period="month"]').waitFor();
      await eventuallyExpect(() => firstName(), (value) => expect(value).toBe('Ana Wijaya'));
      await eventuallyExpect(() => board.textContent(), (value) => expect(value).not.toContain('Citra Lestari'));
      await page.getByTestId('leaderboard-chart').waitFor();

      await page.getByTestId('period-quarter').click();
      await page.locator('[data-testid="leaderboard"][data-period="quarter"]').waitFor();
      await expect(page.url()).toContain('period=quarter');

      await page.getByTestId('period-all').click();
      await page.locator('[data-testid="leaderboard"][data-period="all"]').waitFor();
      await eventuallyExpect(() => firstName(), (value) => expect(value).toBe('Citra Lestari'));
      await eventuallyExpect(() => page.getByTestId('leaderboard-row').count(), (value) => expect(value).toBe(3));

      // Her own team, Sales: Citra (Engineering) is not on it.
      await page.getByTestId('leaderboard-scope').selectOption({ label: 'Team Sales' });
      await page.locator('[data-testid="leaderboard"][data-period="all"]:not([data-team="organization"])').waitFor();
      await eventuallyExpect(() => firstName(), (value) => expect(value).toBe('Ana Wijaya'));
      await eventuallyExpect(() => board.textContent(), (value) => expect(value).not.toContain('Citra Lestari'));

      // Team participation: two of Sales' three people took part this month.
      await page.getByTestId('nav-team').click();
      await eventuallyExpect(() => page.getByTestId('team-participation').first().textContent(), (value) => expect(value).toContain('2 of 3 people took part'));

      await page.getByTestId('nav-leaderboards').click();
      await page.getByTestId('period-all').click();
      await page.locator('[data-testid="leaderboard"][data-period="all"]').waitFor();
      expect(pageProblems(page)).toEqual([]);
    } finally {
      await screenshot(page, 'manager-leaderboard');
    }
  });
});

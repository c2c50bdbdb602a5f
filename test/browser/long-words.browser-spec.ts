import { eventuallyExpect, newPage, pageProblems, screenshot, setupStack, signIn } from './support/browser';
import { horizontalOverflow } from './support/page-checks';

const LONG = `Kampanye${'a'.repeat(190)}`;

/** Names and titles people type without spaces must not widen a page, on a desktop or a phone. */
describe('very long words', () => {
  const stack = setupStack();

  beforeAll(async () => {
    const curator = await stack.t.as('curator@demo.chorus');
    const campaign = await curator.post('/api/v1/campaigns').send({ name: LONG }).expect(201);
    const post = await curator.post('/api/v1/posts').send({ title: `Title${'c'.repeat(190)}`, suggestedCommentary: `Words${'d'.repeat(200)}`, campaignId: campaign.body.id }).expect(201);
    await curator.post(`/api/v1/posts/${post.body.id}/publish`).expect(200);
  });

  it.each([false, true])('keep the campaign, content and feed pages within the screen (phone: %s)', async (mobile) => {
    const { page, context } = await newPage(stack, { mobile });
    try {
      await signIn(page, 'curator@demo.chorus');
      for (const path of ['/campaigns', '/content']) {
        await page.goto(path);
        await eventuallyExpect(() => page.getByText('Kampanye', { exact: false }).count().then((n) => n + (path === '/content' ? 1 : 0)), (count) => expect(count).toBeGreaterThan(0));
        expect({ path, overflow: await horizontalOverflow(page) }).toEqual({ path, overflow: 0 });
        await screenshot(page, `long-words/${path.slice(1)}-${mobile ? 'phone' : 'desktop'}`);
      }
      expect(pageProblems(page)).toEqual([]);
    } finally {
      await context.close();
    }
    const employee = await newPage(stack, { mobile });
    try {
      await signIn(employee.page, 'ana@demo.chorus');
      await employee.page.goto('/feed');
      await eventuallyExpect(() => employee.page.getByText('Titlecccc', { exact: false }).count(), (count) => expect(count).toBeGreaterThan(0));
      expect(await horizontalOverflow(employee.page)).toBe(0);
      await screenshot(employee.page, `long-words/feed-${mobile ? 'phone' : 'desktop'}`);
    } finally {
      await employee.context.close();
    }
  });
});

import { eventuallyExpect, newPage, pageProblems, screenshot, setupStack, signIn } from './support/browser';
import { horizontalOverflow } from './support/page-checks';

/** A curator gives a campaign an objective and a target, and reads its progress on the campaign's card. */
describe('campaign objectives', () => {
  const stack = setupStack();

  it.each([
    { locale: 'en', mobile: false, name: 'Open day traffic', reached: '0 of 5 clicks (0%)' },
    { locale: 'id', mobile: true, name: 'Kunjungan hari terbuka', reached: '0 dari 5 klik (0%)' },
  ] as const)('creates one with a traffic target and shows its progress ($locale, phone: $mobile)', async ({ locale, mobile, name, reached }) => {
    const curator = await stack.t.as('curator@demo.chorus');
    await curator.patch('/api/v1/me').send({ locale }).expect(200);
    const { page, context } = await newPage(stack, { mobile, locale: locale === 'id' ? 'id-ID' : 'en-GB' });
    try {
      await signIn(page, 'curator@demo.chorus');
      await page.goto('/campaigns');
      await page.getByTestId('campaign-name').fill(name);
      await page.getByTestId('campaign-objective').selectOption('traffic');
      await page.getByTestId('campaign-target').fill('5');
      await page.getByTestId('campaign-create').click();
      const card = page.locator('.campaign-card', { hasText: name });
      await eventuallyExpect(() => card.getByTestId('campaign-progress').textContent(), (text) => expect(text).toContain(reached));
      expect(await horizontalOverflow(page)).toBe(0);
      await screenshot(page, `campaigns/objective-${locale}${mobile ? '-phone' : ''}`);
      expect(pageProblems(page)).toEqual([]);
    } finally {
      await context.close();
      await curator.patch('/api/v1/me').send({ locale: 'en' }).expect(200);
    }
  });

  it('names refused fields as the form labels them, in Indonesian, with no API field names', async () => {
    const curator = await stack.t.as('curator@demo.chorus');
    await curator.patch('/api/v1/me').send({ locale: 'id' }).expect(200);
    const { page, context } = await newPage(stack, { mobile: true, locale: 'id-ID' });
    try {
      await signIn(page, 'curator@demo.chorus');
      await page.goto('/campaigns');
      await page.getByTestId('campaign-name').fill('Salah isi');
      await page.getByTestId('campaign-multiplier').fill('99');
      await page.getByTestId('campaign-starts-at').fill('2027-03-10T09:00');
      await page.getByTestId('campaign-ends-at').fill('2027-03-01T09:00');
      await page.getByTestId('campaign-create').click();
      const form = page.locator('form').filter({ has: page.getByTestId('campaign-create') });
      await eventuallyExpect(() => form.textContent(), (text) => expect(text).toMatch(/maksimal 10/));
      const text = (await form.textContent()) ?? '';
      expect(text).not.toMatch(/pointsMultiplier|endsAt|startsAt|must be/);
      await screenshot(page, 'campaigns/refused-id');
      expect(pageProblems(page)).toEqual([]);
    } finally {
      await context.close();
      await curator.patch('/api/v1/me').send({ locale: 'en' }).expect(200);
    }
  });
});

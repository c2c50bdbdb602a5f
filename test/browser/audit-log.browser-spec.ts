import { eventuallyExpect, newPage, pageProblems, screenshot, setupStack, signIn } from './support/browser';
import { horizontalOverflow } from './support/page-checks';

const TEXT = {
  en: { roles: 'Changed roles', rolesBefore: 'Roles before', settings: 'Changed organisation settings', rule: 'Added a compliance rule', signedIn: 'Signed in', approved: 'Approved the exact text', shareOf: 'Ana Wijaya’s share' },
  id: { roles: 'Mengubah peran', rolesBefore: 'Peran sebelumnya', settings: 'Mengubah pengaturan organisasi', rule: 'Menambah aturan kepatuhan', signedIn: 'Masuk', approved: 'Menyetujui teks persisnya', shareOf: 'Kiriman Ana Wijaya' },
};

/** The audit log as an admin reads it, in English and Bahasa Indonesia, on a desktop and a phone. */
describe('the audit log page', () => {
  const stack = setupStack();
  let adminId: string;

  beforeAll(async () => {
    const admin = await stack.t.as('admin@demo.chorus');
    adminId = (await admin.get('/api/v1/me').expect(200)).body.id as string;
    const ana = await stack.t.as('ana@demo.chorus');
    const anaId = (await ana.get('/api/v1/me').expect(200)).body.id as string;
    await admin.patch(`/api/v1/users/${anaId}`).send({ roles: ['employee', 'reviewer'] }).expect(200);
    await admin.patch('/api/v1/organization').send({ dailyShareLimit: 4 }).expect(200);
    await admin.post('/api/v1/compliance-rules').send({ pattern: 'project falcon', category: 'confidential', action: 'block' }).expect(201);
  });

  it.each([
    { locale: 'en', mobile: false },
    { locale: 'en', mobile: true },
    { locale: 'id', mobile: false },
    { locale: 'id', mobile: true },
  ] as const)('reads who did what in $locale (phone: $mobile), filters by action and person', async ({ locale, mobile }) => {
    const text = TEXT[locale];
    await (await stack.t.as('admin@demo.chorus')).patch('/api/v1/me').send({ locale }).expect(200);
    const { page, context } = await newPage(stack, { locale: locale === 'id' ? 'id-ID' : 'en-GB', mobile });
    const name = `${locale}-${mobile ? 'phone' : 'desktop'}`;
    try {
      await signIn(page, 'admin@demo.chorus');
      await page.goto('/admin/audit-log');
      const rows = page.getByTestId('audit-row');
      await eventuallyExpect(() => rows.count(), (count) => expect(count).toBeGreaterThan(3));
      const labels = await page.getByTestId('audit-action-label').allTextContents();
      expect(labels).toEqual(expect.arrayContaining([text.roles, text.settings, text.rule, text.signedIn]));
      const roles = page.locator('[data-action="user.rolesChanged"]');
      expect(await roles.textContent()).toContain(text.rolesBefore);
      expect(await roles.textContent()).toContain('Ana Wijaya');
      // Times in the reader's locale, never raw ISO.
      expect(await page.locator('[data-testid="audit-row"] time').first().textContent()).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, `audit-log/${name}-all`);

      await page.getByTestId('audit-action').selectOption('user.rolesChanged');
      await eventuallyExpect(() => rows.count(), (count) => expect(count).toBe(1));
      await page.getByTestId('audit-clear').click();
      await page.getByTestId('audit-person').selectOption(adminId);
      await eventuallyExpect(
        () => page.getByTestId('audit-action-label').allTextContents(),
        (shown) => expect(shown).toEqual(expect.arrayContaining([text.settings, text.rule])),
      );
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, `audit-log/${name}-person`);
      expect(pageProblems(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

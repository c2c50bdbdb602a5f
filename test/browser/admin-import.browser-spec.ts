import { eventuallyExpect, newPage, pageProblems, screenshot, setupStack, signIn } from './support/browser';

const CSV = [
  'email,name,roles,teams,timezone',
  'dewi@example.co.id,Dewi Anggraini,employee,Sales,Asia/Jakarta',
  'rudi@example,Rudi Hartono,employee;manager,Support,Asia/Makassar',
  'sari@example.co.id,Sari Wulandari,curator,,Asia/Jakarta',
].join('\n');

describe('an admin brings people in: a CSV import, and an invitation', () => {
  const stack = setupStack();

  it('sees the bad row named with its problem, fixes it, imports, and finds the people', async () => {
    const { page } = await newPage(stack);
    try {
      await signIn(page, 'admin@demo.chorus');
      await page.getByTestId('nav-users').click();
      await page.getByTestId('user-table').waitFor();
      await page.getByTestId('users-tab-import').click();

      await page.getByTestId('import-file').setInputFiles({ name: 'new-people.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
      await eventuallyExpect(() => page.getByTestId('import-csv').inputValue(), (value) => expect(value).toBe(CSV));
      await page.getByTestId('import-submit').click();

      // Row 3 (the header is row 1) has an email without a domain; nothing was imported.
      const errors = page.getByTestId('import-errors');
      await errors.waitFor();
      const rows = page.getByTestId('import-error-row');
      await eventuallyExpect(() => rows.count(), (value) => expect(value).toBe(1));
      await eventuallyExpect(() => rows.first().getAttribute('data-row'), (value) => expect(value).toBe('3'));
      await eventuallyExpect(() => rows.first().textContent(), (value) => expect(value).toContain('"rudi@example" is not an email address'));
      await screenshot(page, 'admin-import-errors');

      // Fixing the row in place and importing again creates everyone, and the new team.
      await page.getByTestId('import-csv').fill(CSV.replace('rudi@example,', 'rudi@example.co.id,'));
      await page.getByTestId('import-submit').click();
      const result = page.getByTestId('import-result');
      await result.waitFor();
      await eventuallyExpect(() => result.textContent(), (value) => expect(value).toContain('Imported people: 3.'));
      await eventuallyExpect(() => result.textContent(), (value) => expect(value).toContain('New teams: Support.'));
      await eventuallyExpect(() => result.locator('td', { hasText: '/invite?token=' }).count(), (value) => expect(value).toBe(3));
      await eventuallyExpect(() => result.locator('tr', { hasText: 'dewi@example.co.id' }).textContent(), (value) => expect(value).toContain(`${stack.baseUrl}/invite?token=`));

      await page.getByTestId('users-tab-people').click();
      const rudi = page.locator('[data-testid="user-row"][data-email="rudi@example.co.id"]');
      await rudi.waitFor();
      await eventuallyExpect(() => rudi.getByTestId('user-status').textContent(), (value) => expect(value).toBe('Invited'));

      // Offboarding from the same list.
      await rudi.getByTestId('deactivate').click();
      await rudi.getByTestId('deactivate-confirm').click();
      await rudi.getByTestId('user-status').filter({ hasText: /^Deactivated$/ }).waitFor();
      expect(pageProblems(page)).toEqual([]);
    } finally {
      await screenshot(page, 'admin-import');
    }
  });

  it('the invite link lets the new person set a password and arrive signed in', async () => {
    const admin = await stack.t.as('admin@demo.chorus');
    const created = await admin.post('/api/v1/users').send({ email: 'wulan@example.co.id', name: 'Wulan Sari', roles: ['employee'] }).expect(201);
    const inviteUrl = created.body.inviteUrl as string;
    expect(inviteUrl.startsWith(`${stack.baseUrl}/invite?token=`)).toBe(true);

    const { page } = await newPage(stack);
    try {
      await page.goto(inviteUrl);
      await eventuallyExpect(() => page.getByTestId('invite-for').textContent(), (value) => expect(value).toContain('Wulan Sari'));
      await page.getByTestId('invite-password').fill('short');
      await page.getByTestId('invite-submit').click();
      await eventuallyExpect(() => page.getByTestId('invite-password').getAttribute('aria-invalid'), (value) => expect(value).toBe('true'));
      await page.getByTestId('invite-password').fill('a-long-enough-password');
      await page.getByTestId('invite-password-confirm').fill('a-long-enough-password');
      await page.getByTestId('invite-submit').click();
      await page.getByTestId('current-user-name').filter({ hasText: /^Wulan Sari$/ }).waitFor();
      await page.getByTestId('getting-started').waitFor();
      expect(pageProblems(page)).toEqual([]);
    } finally {
      await screenshot(page, 'admin-invite-accepted');
    }

    // The same link again, in another browser: it says it was used, and offers no password form.
    for (const locale of ['en-GB', 'id-ID']) {
      const again = await newPage(stack, { locale, mobile: locale === 'id-ID' });
      try {
        await again.page.goto(inviteUrl);
        await again.page.getByTestId('invite-unusable').waitFor();
        expect(await again.page.getByTestId('invite-unusable').textContent()).toMatch(locale === 'id-ID' ? /undangan ini sudah dipakai/i : /invite link has already been used/i);
        expect(await again.page.getByTestId('invite-password').count()).toBe(0);
        await screenshot(again.page, `admin-invite-used-${locale}`);
      } finally {
        await again.context.close();
      }
    }
  });
});

import { OutboxRelay } from '@chorus/db';
import { MailMessage } from '@chorus/mail';
import type { Page } from 'playwright-core';
import { eventuallyExpect, newPage, pageProblems, screenshot, setupStack, signIn } from './support/browser';

/** Ana and Maya read English, Budi and Citra Bahasa Indonesia (their own settings in the demo). */
const READERS = [
  { email: 'ana@demo.chorus', mobile: false, locale: 'en-GB', language: 'en' },
  { email: 'manager@demo.chorus', mobile: true, locale: 'en-GB', language: 'en' },
  { email: 'budi@demo.chorus', mobile: false, locale: 'id-ID', language: 'id' },
  { email: 'citra@demo.chorus', mobile: true, locale: 'id-ID', language: 'id' },
] as const;

const TEXT = {
  en: {
    email: 'Email',
    saved: 'Saved. Chorus mails you as chosen from now on.',
    weekly: 'Weekly digest',
    friday: 'Friday',
    kept: 'This Chorus has no mail server',
    forgotLink: 'Forgot password?',
    requested: 'If an account uses this address, a link to choose a new password is on its way; it works once, for 60 minutes.',
    sentMail: 'Sent mail',
    resetSubject: 'Reset your Chorus password',
    passwordReset: 'Password reset',
    hiddenReset: 'This mail holds a one-time password-reset link for its recipient only',
    resetInvalid: 'This password-reset link has already been used or is not valid; ask for a new one.',
    mismatch: 'The two passwords are not the same.',
    resetDone: 'Your new password is set. Sign in with it.',
    policyKind: 'A new social media policy',
    unsubscribeWhat: (email: string) => `Chorus will stop mailing ${email} about:`,
    unsubscribeDone: 'Done: these mails have stopped.',
    unsubscribeInvalid: 'This unsubscribe link is not valid (it may be cut short)',
    off: 'Off (in Chorus only)',
  },
  id: {
    email: 'Surel',
    saved: 'Tersimpan. Mulai sekarang Chorus mengirim surel sesuai pilihan Anda.',
    weekly: 'Ringkasan mingguan',
    friday: 'Jumat',
    kept: 'Chorus ini tidak punya server surel',
    forgotLink: 'Lupa kata sandi?',
    requested: 'Jika ada akun dengan alamat ini, tautan untuk memilih kata sandi baru sedang dikirim; tautan itu berlaku sekali, selama 60 menit.',
    sentMail: 'Surel terkirim',
    resetSubject: 'Atur ulang kata sandi Chorus Anda',
    passwordReset: 'Atur ulang kata sandi',
    hiddenReset: 'Surel ini berisi tautan sekali pakai untuk mengatur ulang kata sandi',
    resetInvalid: 'Tautan pengaturan ulang kata sandi ini sudah dipakai atau tidak valid; minta tautan baru.',
    mismatch: 'Kedua kata sandi tidak sama.',
    resetDone: 'Kata sandi baru Anda sudah diatur. Masuk dengan kata sandi itu.',
    policyKind: 'Kebijakan media sosial baru',
    unsubscribeWhat: (email: string) => `Chorus akan berhenti mengirim surel ke ${email} tentang:`,
    unsubscribeDone: 'Selesai: surel ini sudah dihentikan.',
    unsubscribeInvalid: 'Tautan berhenti berlangganan ini tidak valid (mungkin terpotong)',
    off: 'Mati (hanya di Chorus)',
  },
};

/** Nothing wider than the window: no sideways scrolling on a phone. */
async function expectNoHorizontalOverflow(page: Page, where: string): Promise<void> {
  const widths = await page.evaluate(() => {
    const root = (globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }).document.documentElement;
    return { scroll: root.scrollWidth, client: root.clientWidth };
  });
  expect({ where, overflow: widths.scroll > widths.client }).toEqual({ where, overflow: false });
}

describe('mail in the web app, in English and Bahasa Indonesia, on a desktop and a phone', () => {
  const stack = setupStack();

  beforeAll(async () => {
    // A new policy mails everyone but its author at once (policy.published is instant by default); in embedded mode without SMTP_URL the mails are kept.
    await (await stack.t.as('admin@demo.chorus')).post('/api/v1/policies').send({ body: '# Our policy, version 2\n\nShare in your own words.' }).expect(201);
    for (let run = 0; run < 3; run++) await stack.t.app.get(OutboxRelay).run();
    await stack.t.jobsIdle();
  });

  async function storedMails(toAddress: string, category: MailMessage['category']): Promise<MailMessage[]> {
    return stack.t.dataSource.getRepository(MailMessage).find({ where: { toAddress, category }, order: { createdAt: 'DESC' } });
  }

  it.each(READERS)('$email ($locale, phone: $mobile) chooses how a kind is mailed and the weekly digest day; both persist after a reload', async ({ email, mobile, locale, language }) => {
    const text = TEXT[language];
    const { page, context } = await newPage(stack, { locale, mobile });
    const name = email.split('@')[0];
    try {
      await signIn(page, email);
      // Every mail's footer links here.
      await page.goto('/settings#mail');
      const card = page.getByTestId('mail-settings');
      await card.getByRole('heading', { name: text.email }).waitFor();
      // The link lands on the Email card, however far down the page it is (on a phone, well below the first screen).
      const viewport = page.viewportSize()!;
      await eventuallyExpect(
        () => card.getByRole('heading', { name: text.email }).boundingBox(),
        (box) => expect(box!.y >= 0 && box!.y < viewport.height).toBe(true),
      );
      expect(await page.getByTestId('mail-kept').textContent()).toContain(text.kept);
      const kind = page.getByTestId('mail-kind-share.published');
      expect(await kind.inputValue()).toBe('daily');
      await kind.selectOption('weekly');
      await page.getByTestId('mail-weekly-day').selectOption('5');
      expect(await page.getByTestId('mail-weekly-day').locator('option:checked').textContent()).toBe(text.friday);
      await page.getByTestId('mail-settings-save').click();
      await eventuallyExpect(() => page.getByTestId('mail-settings-saved').textContent(), (value) => expect(value).toBe(text.saved));
      await expectNoHorizontalOverflow(page, `${name} settings`);
      await screenshot(page, `mail/${name}-settings`);

      await page.reload();
      await page.getByTestId('mail-kind-share.published').waitFor();
      expect(await page.getByTestId('mail-kind-share.published').inputValue()).toBe('weekly');
      expect(await page.getByTestId('mail-kind-share.published').locator('option:checked').textContent()).toBe(text.weekly);
      expect(await page.getByTestId('mail-weekly-day').inputValue()).toBe('5');
      const stored = await (await stack.t.as(email)).get('/api/v1/me/notification-preferences').expect(200);
      expect(stored.body).toMatchObject({ weeklyDigestDay: 5, mailSent: false });
      expect(stored.body.deliveries['share.published']).toBe('weekly');
      expect(pageProblems(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it.each(READERS)('$email ($locale, phone: $mobile) opens the unsubscribe link of a mail without signing in and turns that kind off', async ({ email, mobile, locale, language }) => {
    const text = TEXT[language];
    const [mail] = (await storedMails(email, 'notification')).filter((m) => m.kind === 'policy.published');
    expect(mail).toBeDefined();
    const link = new URL(/(http\S+\/unsubscribe\?token=\S+)/.exec(mail!.text)![1]!);
    expect(link.origin).toBe(stack.baseUrl);
    const { page, context } = await newPage(stack, { locale, mobile });
    const name = email.split('@')[0];
    try {
      await page.goto(`${link.pathname}${link.search}`);
      await eventuallyExpect(() => page.getByTestId('unsubscribe-what').textContent(), (value) => expect(value).toBe(text.unsubscribeWhat(email)));
      expect(await page.getByTestId('unsubscribe-kinds').textContent()).toBe(text.policyKind);
      // Opening the page changed nothing.
      const account = await stack.t.as(email);
      expect((await account.get('/api/v1/me/notification-preferences').expect(200)).body.deliveries['policy.published']).toBe('instant');
      await expectNoHorizontalOverflow(page, `${name} unsubscribe`);
      await screenshot(page, `mail/${name}-unsubscribe`);
      await page.getByTestId('unsubscribe-submit').click();
      await eventuallyExpect(() => page.getByTestId('unsubscribe-done').textContent(), (value) => expect(value).toContain(text.unsubscribeDone));
      expect((await account.get('/api/v1/me/notification-preferences').expect(200)).body.deliveries['policy.published']).toBe('off');
      await screenshot(page, `mail/${name}-unsubscribed`);

      // The settings show it off too.
      await signIn(page, email);
      await page.goto('/settings#mail');
      await page.getByTestId('mail-kind-policy.published').waitFor();
      expect(await page.getByTestId('mail-kind-policy.published').locator('option:checked').textContent()).toBe(text.off);

      // A link cut short is refused, in the reader's language.
      await page.goto(`/unsubscribe?token=${link.searchParams.get('token')!.slice(0, -3)}xyz`);
      await eventuallyExpect(() => page.getByTestId('unsubscribe-error').textContent(), (value) => expect(value).toContain(text.unsubscribeInvalid));
      expect(await page.getByTestId('unsubscribe-submit').count()).toBe(0);
      expect(pageProblems(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it.each(READERS)('$email ($locale, phone: $mobile) asks for a reset link, the admin sees the mail without its link, the link sets a new password', async ({ email, mobile, locale, language }) => {
    const text = TEXT[language];
    const name = email.split('@')[0];
    const person = await newPage(stack, { locale, mobile });
    // The admin reads the page in the same language, on the same screen.
    await (await stack.t.as('admin@demo.chorus')).patch('/api/v1/me').send({ locale: language }).expect(200);
    const admin = await newPage(stack, { locale, mobile });
    try {
      const { page } = person;
      await page.goto('/sign-in');
      await page.getByRole('link', { name: text.forgotLink }).click();
      await page.getByTestId('forgot-email').fill(email);
      await page.getByTestId('forgot-submit').click();
      await eventuallyExpect(() => page.getByTestId('forgot-answer').textContent(), (value) => expect(value).toBe(text.requested));
      await expectNoHorizontalOverflow(page, `${name} forgot-password`);
      await screenshot(page, `mail/${name}-forgot`);
      await stack.t.jobsIdle();

      // On the admin's Sent mail page the mail is listed, but its one-time link is not shown.
      await signIn(admin.page, 'admin@demo.chorus');
      if (mobile) await admin.page.getByTestId('menu-toggle').click();
      await admin.page.getByTestId('nav-sent-mail').click();
      await admin.page.getByTestId('page-sent-mail').getByRole('heading', { name: text.sentMail }).waitFor();
      const row = admin.page.locator(`[data-testid="sent-mail-row"][data-to="${email}"]`).filter({ hasText: text.passwordReset }).first();
      await row.waitFor();
      await expectNoHorizontalOverflow(admin.page, `admin sent-mail (${language}, phone: ${mobile})`);
      await screenshot(admin.page, `mail/admin-sent-mail-${language}${mobile ? '-phone' : ''}`);
      await row.getByTestId('sent-mail-open').click();
      await eventuallyExpect(() => admin.page.getByTestId('sent-mail-hidden').textContent(), (value) => expect(value).toContain(text.hiddenReset));
      expect(await admin.page.getByTestId('sent-mail-frame').count()).toBe(0);
      expect(await admin.page.getByTestId('sent-mail-to').textContent()).toBe(email);
      await screenshot(admin.page, `mail/admin-hidden-reset-${language}${mobile ? '-phone' : ''}`);

      const [mail] = await storedMails(email, 'password-reset');
      expect(mail!.subject).toBe(text.resetSubject);
      const link = new URL(/(http\S+reset-password\?token=\S+)/.exec(mail!.text)![1]!);

      // A wrong token is refused on submit, in the reader's language.
      await page.goto('/reset-password?token=not-a-real-token');
      await page.getByTestId('reset-password').fill('a-new-password-77');
      await page.getByTestId('reset-password-confirm').fill('a-new-password-78');
      await page.getByTestId('reset-submit').click();
      expect(await page.getByText(text.mismatch).count()).toBe(1);
      await page.getByTestId('reset-password-confirm').fill('a-new-password-77');
      await page.getByTestId('reset-submit').click();
      await eventuallyExpect(() => page.getByTestId('reset-error').textContent(), (value) => expect(value).toBe(text.resetInvalid));

      await page.goto(`${link.pathname}${link.search}`);
      await page.getByTestId('reset-password').fill('a-new-password-77');
      await page.getByTestId('reset-password-confirm').fill('a-new-password-77');
      await expectNoHorizontalOverflow(page, `${name} reset-password`);
      await screenshot(page, `mail/${name}-reset`);
      await page.getByTestId('reset-submit').click();
      await eventuallyExpect(() => page.getByTestId('password-reset-done').textContent(), (value) => expect(value).toBe(text.resetDone));
      expect(new URL(page.url()).pathname).toBe('/sign-in');
      await screenshot(page, `mail/${name}-reset-done`);
      await page.getByTestId('sign-in-email').fill(email);
      await page.getByTestId('sign-in-password').fill('a-new-password-77');
      await page.getByTestId('sign-in-submit').click();
      await page.getByTestId('current-user-name').waitFor();
      expect(pageProblems(page)).toEqual([]);
      expect(pageProblems(admin.page)).toEqual([]);
    } finally {
      await person.context.close();
      await admin.context.close();
      await (await stack.t.as('admin@demo.chorus')).patch('/api/v1/me').send({ locale: 'en' }).expect(200);
    }
  });

  it('the admin reads a mail of their own on the Sent mail page, in a sandbox that runs no script, and resets their own password from it', async () => {
    const admin = await newPage(stack);
    const visitor = await newPage(stack);
    try {
      await signIn(admin.page, 'admin@demo.chorus');
      // Another person's notification: readable, as formatted HTML in a sandbox or as text.
      await admin.page.goto('/admin/sent-mail');
      const policyRow = admin.page.locator('[data-testid="sent-mail-row"][data-to="ana@demo.chorus"]').filter({ hasText: TEXT.en.policyKind }).first();
      await policyRow.getByTestId('sent-mail-open').click();
      const frame = admin.page.getByTestId('sent-mail-frame');
      await frame.waitFor();
      const sandbox = await frame.getAttribute('sandbox');
      expect(sandbox).not.toContain('allow-scripts');
      expect(sandbox).not.toContain('allow-same-origin');
      // The mail as it is drawn (the screenshot waits for it: the frame paints after its text is there).
      await admin.page.frameLocator('[data-testid="sent-mail-frame"]').getByText('Hello Ana Wijaya,').waitFor({ state: 'visible' });
      await admin.page.waitForTimeout(500);
      await screenshot(admin.page, 'mail/admin-read-html');
      await admin.page.getByTestId('sent-mail-view-text').check({ force: true });
      expect(await admin.page.getByTestId('sent-mail-text').textContent()).toContain('/unsubscribe?token=');

      // Their own reset mail is not hidden from them.
      await visitor.page.goto('/forgot-password');
      await visitor.page.getByTestId('forgot-email').fill('admin@demo.chorus');
      await visitor.page.getByTestId('forgot-submit').click();
      await visitor.page.getByTestId('forgot-answer').waitFor();
      await stack.t.jobsIdle();
      await admin.page.goto('/admin/sent-mail');
      const resetRow = admin.page.locator('[data-testid="sent-mail-row"][data-to="admin@demo.chorus"]').filter({ hasText: TEXT.en.passwordReset }).first();
      await resetRow.getByTestId('sent-mail-open').click();
      await admin.page.getByTestId('sent-mail-frame').waitFor();
      expect(await admin.page.getByTestId('sent-mail-hidden').count()).toBe(0);
      await admin.page.getByTestId('sent-mail-view-text').check({ force: true });
      const body = (await admin.page.getByTestId('sent-mail-text').textContent()) ?? '';
      const link = new URL(/(http\S+reset-password\?token=\S+)/.exec(body)![1]!);
      await screenshot(admin.page, 'mail/admin-own-reset');

      await visitor.page.goto(`${link.pathname}${link.search}`);
      await visitor.page.getByTestId('reset-password').fill('admin-new-password-1');
      await visitor.page.getByTestId('reset-password-confirm').fill('admin-new-password-1');
      await visitor.page.getByTestId('reset-submit').click();
      await visitor.page.getByTestId('password-reset-done').waitFor();
      await signIn(visitor.page, 'admin@demo.chorus', 'admin-new-password-1');
      expect(pageProblems(admin.page)).toEqual([]);
      expect(pageProblems(visitor.page)).toEqual([]);
    } finally {
      await admin.context.close();
      await visitor.context.close();
    }
  });
});

import type { Page } from 'playwright-core';
import { eventuallyExpect, newPage, pageProblems, screenshot, setupStack, signIn } from './support/browser';

/**
 * Publishing a policy version asks first: it shows what changed since the current version,
 * line by line, and warns that everyone acknowledges again. Nothing is published before "Yes".
 */
describe('publishing a new policy version asks for confirmation and shows the difference', () => {
  const stack = setupStack();

  async function currentVersion(): Promise<{ version: number; body: string }> {
    return (await (await stack.t.as('admin@demo.chorus')).get('/api/v1/policies/current').expect(200)).body as { version: number; body: string };
  }

  /** The current text with its second non-empty line changed and a line added at the end. */
  function edited(body: string): { text: string; changed: string } {
    const lines = body.trimEnd().split('\n');
    const index = lines.findIndex((line, i) => i > 0 && line.trim() !== '');
    const changed = lines[index];
    lines[index] = `${changed} (updated)`;
    return { text: `${lines.join('\n')}\nNew rule: ask before posting photos of colleagues.\n`, changed };
  }

  async function diffOf(page: Page) {
    const diff = page.getByTestId('policy-diff');
    return {
      added: await diff.locator('li[data-kind="added"] ins').allTextContents(),
      removed: await diff.locator('li[data-kind="removed"] del').allTextContents(),
    };
  }

  it('in English, on a desktop: asks, shows the diff, warns, and publishes only on "Yes"', async () => {
    await (await stack.t.as('ana@demo.chorus')).post('/api/v1/policies/current/acknowledge').expect(200);
    const before = await currentVersion();
    const { page } = await newPage(stack);
    try {
      await signIn(page, 'admin@demo.chorus');
      await page.goto('/admin/policy');
      const editor = page.getByTestId('policy-editor');
      await eventuallyExpect(() => editor.inputValue(), (value) => expect(value).toBe(before.body));
      const { text, changed } = edited(before.body);
      await editor.fill(text);
      await page.getByTestId('policy-publish').click();

      const confirm = page.getByTestId('policy-confirm');
      await confirm.waitFor();
      expect(await confirm.locator('h2').textContent()).toBe(`Publish version ${before.version + 1}?`);
      // Asked, not done: the current version is still the old one.
      expect((await currentVersion()).version).toBe(before.version);
      await eventuallyExpect(
        () => page.getByTestId('policy-reacknowledge').textContent(),
        (value) => expect(value).toBe(`Everyone must acknowledge version ${before.version + 1} again before their next approval, including everyone who acknowledged version ${before.version} (so far: 1).`),
      );
      expect(await diffOf(page)).toEqual({
        removed: [`Removed: ${changed}`],
        added: [`Added: ${changed} (updated)`, 'Added: New rule: ask before posting photos of colleagues.'],
      });
      expect(await page.getByTestId('policy-diff-summary').textContent()).toBe(`Changes from version ${before.version}: 2 lines added, 1 removed.`);
      await screenshot(page, 'policy-confirm-en');

      // Keep editing: nothing published, the form is back.
      await page.getByTestId('policy-publish-back').click();
      await confirm.waitFor({ state: 'detached' });
      expect((await currentVersion()).version).toBe(before.version);

      await page.getByTestId('policy-publish').click();
      await page.getByTestId('policy-publish-confirm').click();
      await confirm.waitFor({ state: 'detached' });
      await eventuallyExpect(() => currentVersion(), (value) => expect(value).toMatchObject({ version: before.version + 1, body: text }));
      expect(await page.getByTestId('page-policy-versions').textContent()).toContain(`Version ${before.version + 1} published.`);
      // Ana acknowledged the old version: she is asked again.
      expect((await (await stack.t.as('ana@demo.chorus')).get('/api/v1/policies/current').expect(200)).body.acknowledged).toBe(false);
      expect(pageProblems(page)).toEqual([]);
    } finally {
      await screenshot(page, 'policy-versions-en');
    }
  });

  it('in Bahasa Indonesia, on a 390 px phone', async () => {
    const before = await currentVersion();
    const { page } = await newPage(stack, { locale: 'id-ID', mobile: true });
    try {
      await signIn(page, 'admin@demo.chorus');
      await page.getByTestId('language-switch').selectOption('id');
      await eventuallyExpect(() => page.locator('html').getAttribute('lang'), (value) => expect(value).toBe('id'));
      await page.goto('/admin/policy');
      const editor = page.getByTestId('policy-editor');
      await eventuallyExpect(() => editor.inputValue(), (value) => expect(value).toBe(before.body));
      await editor.fill(edited(before.body).text);
      await page.getByTestId('policy-publish').click();
      await page.getByTestId('policy-confirm').waitFor();
      expect(await page.getByTestId('policy-confirm').locator('h2').textContent()).toBe(`Terbitkan versi ${before.version + 1}?`);
      await eventuallyExpect(() => page.getByTestId('policy-reacknowledge').textContent(), (value) => expect(value).toMatch(new RegExp(`^Semua orang harus menyetujui versi ${before.version + 1} lagi`)));
      expect(await page.getByTestId('policy-diff-summary').textContent()).toBe(`Perubahan dari versi ${before.version}: 2 baris ditambahkan, 1 dihapus.`);
      expect(await page.getByTestId('policy-publish-confirm').textContent()).toBe(`Ya, terbitkan versi ${before.version + 1}`);
      const width = await page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(390);
      await screenshot(page, 'policy-confirm-id-390');
      expect((await currentVersion()).version).toBe(before.version);
      expect(pageProblems(page)).toEqual([]);
    } finally {
      await screenshot(page, 'policy-versions-id-390');
    }
  });
});

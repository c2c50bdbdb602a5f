import type { Page } from 'playwright-core';
import { newPage, pageProblems, screenshot, setupStack, signIn } from './support/browser';
import { horizontalOverflow } from './support/page-checks';

/** Every input of a form stays inside its card (date and time fields have a wide native minimum). */
async function fieldsOutsideTheirCard(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    type Box = { left: number; right: number };
    type El = { getBoundingClientRect(): Box; closest(selector: string): El | null; getAttribute(name: string): string | null; id: string };
    const document = (globalThis as unknown as { document: { querySelectorAll(selector: string): El[] } }).document;
    const out: string[] = [];
    for (const input of document.querySelectorAll('input, select, textarea')) {
      const card = input.closest('.card, .form-card, section');
      if (!card) continue;
      const a = input.getBoundingClientRect();
      const b = card.getBoundingClientRect();
      if (a.left < b.left - 0.5 || a.right > b.right + 0.5) out.push(input.getAttribute('data-testid') ?? input.id);
    }
    return out;
  });
}

describe('forms on a phone', () => {
  const stack = setupStack();

  it.each(['en-GB', 'id-ID'])('the post editor keeps every field inside its card at 390 px (%s)', async (locale) => {
    const curator = await stack.t.as('curator@demo.chorus');
    await curator.patch('/api/v1/me').send({ locale: locale.slice(0, 2) }).expect(200);
    const { page, context } = await newPage(stack, { mobile: true, locale });
    try {
      await signIn(page, 'curator@demo.chorus');
      await page.goto('/content/new');
      await page.getByTestId('post-url').waitFor();
      expect(await fieldsOutsideTheirCard(page)).toEqual([]);
      expect(await horizontalOverflow(page)).toBe(0);
      await screenshot(page, `forms/post-editor-${locale}`);
      await page.goto('/campaigns');
      await page.getByTestId('page-campaigns').locator('h1').waitFor();
      expect(await fieldsOutsideTheirCard(page)).toEqual([]);
      expect(await horizontalOverflow(page)).toBe(0);
      await screenshot(page, `forms/campaigns-${locale}`);
      expect(pageProblems(page)).toEqual([]);
    } finally {
      await context.close();
      await curator.patch('/api/v1/me').send({ locale: 'en' }).expect(200);
    }
  });
});

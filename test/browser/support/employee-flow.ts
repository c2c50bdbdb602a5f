import { DateTime } from 'luxon';
import { expect } from '@jest/globals';
import type { Page } from 'playwright-core';
import { BrowserStack, eventuallyExpect } from './browser';

export interface SandboxPost {
  id: string;
  authorEmail?: string;
  commentary: string;
}

export async function sandboxPosts(stack: BrowserStack): Promise<SandboxPost[]> {
  return (await (await fetch(`${stack.sandbox.url}/__sandbox/posts`)).json()) as SandboxPost[];
}

/** Words in the interface the flow checks, per language. */
export interface FlowTexts {
  policyHeading: string;
  published: string;
  /** The connection's "what happens next" before anything is scheduled on it. */
  nothingScheduled: string;
}

/**
 * The employee's whole path to a published post, as a person clicks through it: acknowledge
 * the policy, connect LinkedIn on the sandbox's consent page, write own words beside a
 * suggestion (the checks react as they type), approve, schedule a few seconds ahead in their
 * own timezone, and watch it go out. Returns the text the share says it posted.
 */
export async function shareFromFeed(page: Page, options: { email: string; timezone: string; postTitle: string; commentary: string; texts: FlowTexts }): Promise<string> {
  // The policy first: approving is refused until it is acknowledged.
  await page.getByTestId('nav-policy').click();
  await eventuallyExpect(() => page.getByRole('heading', { level: 1 }).textContent(), (value) => expect(value).toBe(options.texts.policyHeading));
  await page.getByTestId('policy-acknowledge').click();
  await page.getByTestId('policy-acknowledged').waitFor();

  // LinkedIn through the sandbox's consent page, and back.
  await page.getByTestId('nav-connections').click();
  await page.getByTestId('connect-linkedin').click();
  await page.waitForURL((url) => url.pathname === '/oauth/v2/authorization');
  await page.locator('select[name="member"]').selectOption(options.email);
  await page.locator('button[name="decision"][value="allow"]').click();
  await page.waitForURL((url) => url.pathname === '/connections' && url.searchParams.get('connected') === 'linkedin');
  await page.getByTestId('connected-notice').waitFor();
  await eventuallyExpect(() => page.getByTestId('connection').getAttribute('data-status'), (value) => expect(value).toBe('active'));
  await eventuallyExpect(() => page.getByTestId('connection-expiry').textContent(), (value) => expect(value).toMatch(/60|59/));
  // The expiry reads as a date in the person's language, never as ISO.
  expect(await page.getByTestId('connection-expiry').textContent()).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  expect(await page.getByTestId('connection-next').textContent()).toBe(options.texts.nothingScheduled);

  // The suggested post, in the employee's own words.
  await page.getByTestId('nav-feed').click();
  const card = page.getByTestId('feed-card').filter({ hasText: options.postTitle });
  await card.getByTestId('feed-card-share').click();
  await page.getByTestId('page-composer').waitFor();
  const commentary = page.getByTestId('composer-commentary');

  // The suggestion as it is: the similarity hint asks for own words.
  await page.getByTestId('use-suggestion').click();
  await page.getByTestId('similarity-hint').waitFor();

  // A confidential marker is caught while typing, with the rule's own sentence.
  await commentary.fill(`${options.commentary} (internal only)`);
  const compliance = page.getByTestId('compliance-message');
  await compliance.waitFor();
  await eventuallyExpect(() => compliance.getAttribute('data-decision'), (value) => expect(value).toBe('block'));
  await eventuallyExpect(() => compliance.textContent(), (value) => expect(value).toContain('"internal only"'));

  await commentary.fill(options.commentary);
  await compliance.waitFor({ state: 'detached' });
  await eventuallyExpect(() => page.getByTestId('similarity-hint').count(), (value) => expect(value).toBe(0));
  // The live preview is exactly what will be posted: the words plus the organisation's disclosure.
  const expected = `${options.commentary}\n\n#employee`;
  await eventuallyExpect(() => page.getByTestId('preview-text').textContent(), (value) => expect(value).toBe(expected));
  await eventuallyExpect(() => page.getByTestId('counter-linkedin').textContent(), (value) => expect(value).toContain('3'));

  await page.getByTestId('composer-approve').click();
  await page.locator('[data-testid="share-status"][data-status="approved"]').waitFor();
  await page.waitForURL((url) => url.pathname.startsWith('/shares/'));
  await eventuallyExpect(() => page.getByTestId('preview-text').textContent(), (value) => expect(value).toBe(expected));

  // A few seconds ahead, typed in the employee's own timezone.
  const at = DateTime.now().setZone(options.timezone).plus({ seconds: 5 });
  await page.getByTestId('schedule-mode-at').check();
  await page.getByTestId('schedule-at').fill(at.toFormat("yyyy-MM-dd'T'HH:mm:ss"));
  await page.getByTestId('schedule-submit').click();
  await page.getByTestId('scheduled-for').waitFor();

  const published = page.locator('[data-testid="share-status"][data-status="published"]');
  await published.waitFor({ timeout: 30_000 });
  await eventuallyExpect(() => published.textContent(), (value) => expect(value).toBe(options.texts.published));
  await page.getByTestId('published-notice').waitFor();
  return expected;
}

import { EngagementSnapshot } from '@chorus/publishing';
import { ClickRecorder, Share } from '@chorus/shares';
import { mkdirSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { connectEmployee, publishPost, publishShare } from '../support/publishing';
import { eventuallyExpect, newPage, pageProblems, screenshot, SCREENSHOTS, setupStack, signIn } from './support/browser';
import { englishLines, horizontalOverflow, unnamedControls } from './support/page-checks';

const BROWSER_AGENT = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const CAMPAIGN = 'Surabaya open day';
const POST_TITLE = 'Open day at the Surabaya office';

const TEXT = {
  en: {
    intl: 'en-GB',
    link: 'Printable report',
    print: 'Print / save as PDF',
    reached: '1 of 4 clicks (25%)',
    clicksDefinition: 'Visits of tracked links by people; bots, link previews and repeats within 30 minutes are not counted.',
    notFound: 'Campaign not found.',
  },
  id: {
    intl: 'id-ID',
    link: 'Laporan siap cetak',
    print: 'Cetak / simpan sebagai PDF',
    reached: '1 dari 4 klik (25%)',
    clicksDefinition: 'Kunjungan tautan terlacak oleh orang; bot, pratinjau tautan, dan kunjungan ulang dalam 30 menit tidak dihitung.',
    notFound: 'Kampanye tidak ditemukan.',
  },
} as const;

type Counted = 'shares' | 'sharers' | 'clicks' | 'impressions' | 'reactions' | 'comments' | 'reshares' | 'conversions';
const COUNTED: Counted[] = ['shares', 'sharers', 'clicks', 'impressions', 'reactions', 'comments', 'reshares', 'conversions'];
const RATIOS = ['participation', 'clickThrough', 'conversionRate'] as const;

interface Report {
  campaign: { id: string; name: string; startsAt: string; endsAt: string };
  progress: { achieved: number; target: number; progress: number };
  summary: Record<Counted, number> &
    Record<(typeof RATIOS)[number], number | null> & { from: string; to: string; emv: { amount: number; currency: string }; series: ({ day: string } & Record<Counted, number>)[] };
  topContent: { title: string }[];
  topAdvocates: { name: string }[];
}

/** Whether an element is laid out and seen (print media hides the app's chrome with display: none). */
function shown(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).first().isVisible();
}

/**
 * A campaign's printable report: reached from the campaign's results, its figures those of the
 * API, the same in the reader's language and number format, fit for a phone, and printed (print
 * media, a PDF) without the app's header and navigation.
 */
describe('a campaign’s printable report', () => {
  const stack = setupStack();
  let campaignId: string;
  let timezone: string;

  beforeAll(async () => {
    const { t, sandbox } = stack;
    const curator = await t.as('curator@demo.chorus');
    timezone = ((await curator.get('/api/v1/me').expect(200)).body as { timezone: string }).timezone;
    const now = Date.now();
    const campaign = await curator
      .post('/api/v1/campaigns')
      .send({ name: CAMPAIGN, goal: 'recruiting', objective: 'traffic', target: 4, startsAt: new Date(now - 2 * 86_400_000).toISOString(), endsAt: new Date(now + 5 * 86_400_000).toISOString() })
      .expect(201);
    campaignId = campaign.body.id as string;
    const postId = await publishPost(curator, { title: POST_TITLE, url: 'https://example.com/open-day', campaignId });

    // Ana shares it; one person visits the tracked link, and LinkedIn reports engagement.
    const ana = await t.as('ana@demo.chorus');
    const connectionId = await connectEmployee(t, sandbox, ana, 'ana@demo.chorus');
    const share = await publishShare<{ id: string; status: string; trackedUrl: string }>(ana, { postId, connectionId, commentary: 'Come and meet the Surabaya team.' });
    const visit = await fetch(share.trackedUrl, { redirect: 'manual', headers: { 'User-Agent': BROWSER_AGENT } });
    expect(visit.status).toBe(302);
    await t.app.get(ClickRecorder).flush();
    const { organizationId } = await t.dataSource.getRepository(Share).findOneByOrFail({ id: share.id });
    await t.dataSource.getRepository(EngagementSnapshot).insert({ id: randomUUID(), organizationId, shareId: share.id, network: 'linkedin', reactions: 12, comments: 3, reshares: 1, impressions: 1840, capturedAt: new Date() });
  }, 60_000);

  async function apiReport(): Promise<Report> {
    return (await (await stack.t.as('curator@demo.chorus')).get(`/api/v1/analytics/campaigns/${campaignId}/report`).expect(200)).body as Report;
  }

  it.each([
    { language: 'en', mobile: false },
    { language: 'en', mobile: true },
    { language: 'id', mobile: false },
    { language: 'id', mobile: true },
  ] as const)('from the campaign’s results to its report, the API’s figures, printed without the app around it ($language, phone: $mobile)', async ({ language, mobile }) => {
    const text = TEXT[language];
    const curator = await stack.t.as('curator@demo.chorus');
    await curator.patch('/api/v1/me').send({ locale: language }).expect(200);
    const { page, context } = await newPage(stack, { mobile, locale: text.intl });
    const shot = `campaign-report/${language}${mobile ? '-phone' : ''}`;
    try {
      await signIn(page, 'curator@demo.chorus');
      await page.goto('/results');
      await page.getByTestId('results-campaign').selectOption(campaignId);
      const link = page.getByTestId('results-campaign-report');
      expect(await link.textContent()).toBe(text.link);
      await link.click();
      await page.waitForURL((url) => url.pathname === `/campaigns/${campaignId}/report`);
      const report = page.getByTestId('campaign-report');
      await report.waitFor();
      const expected = await apiReport();
      const { summary } = expected;

      expect(await page.locator('h1').textContent()).toBe(CAMPAIGN);
      expect(await page.title()).toContain(CAMPAIGN);
      // The objective, its target and progress; the campaign's dates and the report's days in the reader's language.
      expect(expected.progress).toMatchObject({ achieved: 1, target: 4, progress: 0.25 });
      expect(await page.getByTestId('report-progress').textContent()).toBe(text.reached);
      const longDate = (iso: string) => new Intl.DateTimeFormat(text.intl, { dateStyle: 'long', timeZone: timezone }).format(new Date(iso));
      expect(await page.getByTestId('report-dates').textContent()).toBe(`${longDate(expected.campaign.startsAt)} – ${longDate(expected.campaign.endsAt)}`);
      const day = (value: string) => new Intl.DateTimeFormat(text.intl, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${value}T12:00:00Z`));
      const range = (await page.getByTestId('results-range').textContent()) ?? '';
      expect(range).toContain(day(summary.from));
      expect(range).toContain(day(summary.to));
      expect(range).not.toMatch(/\d{4}-\d{2}-\d{2}/);

      // Every headline figure is the API's, written as the reader writes numbers, with its definition beside it.
      expect(summary).toMatchObject({ shares: 1, sharers: 1, clicks: 1, impressions: 1840, reactions: 12, comments: 3, reshares: 1, conversions: 0 });
      const number = new Intl.NumberFormat(text.intl);
      for (const id of COUNTED) {
        expect({ id, value: await page.getByTestId(`figure-${id}`).getAttribute('data-value') }).toEqual({ id, value: String(summary[id]) });
        expect({ id, shown: await page.getByTestId(`figure-${id}-value`).textContent() }).toEqual({ id, shown: number.format(summary[id]) });
      }
      const percent = new Intl.NumberFormat(text.intl, { style: 'percent', maximumFractionDigits: 1 });
      for (const id of RATIOS) {
        const value = summary[id];
        expect({ id, value: await page.getByTestId(`figure-${id}`).getAttribute('data-value') }).toEqual({ id, value: value === null ? '' : String(value) });
        expect({ id, shown: await page.getByTestId(`figure-${id}-value`).textContent() }).toEqual({ id, shown: value === null ? '–' : percent.format(value) });
      }
      const money = (amount: number) => new Intl.NumberFormat(text.intl, { style: 'currency', currency: summary.emv.currency, maximumFractionDigits: 2, ...(Number.isInteger(amount) ? { minimumFractionDigits: 0 } : {}) }).format(amount);
      expect(await page.getByTestId('figure-emv').getAttribute('data-value')).toBe(String(summary.emv.amount));
      expect(await page.getByTestId('figure-emv-value').textContent()).toBe(money(summary.emv.amount));
      expect(await page.getByTestId('figure-clicks').textContent()).toContain(text.clicksDefinition);

      // The chart: one bar per day of the campaign so far, clicks first (the objective is traffic), then another figure.
      const chart = page.getByTestId('report-chart');
      expect(await chart.locator('rect.day-chart-bar').count()).toBe(summary.series.length);
      expect(Number(await chart.getAttribute('data-total'))).toBe(summary.clicks);
      expect(await chart.locator(`rect[data-day="${summary.to}"]`).getAttribute('data-value')).toBe(String(summary.series.at(-1)!.clicks));
      await page.getByTestId('report-metric').selectOption('reactions');
      await eventuallyExpect(() => chart.getAttribute('data-total'), (total) => expect(Number(total)).toBe(summary.reactions));

      // The top lists are the API's.
      expect(await page.getByTestId('top-content-row').allTextContents()).toHaveLength(expected.topContent.length);
      expect(await page.getByTestId('top-content-row').first().textContent()).toContain(POST_TITLE);
      expect((await page.getByTestId('top-advocate-row').allTextContents()).map((row) => row.includes(expected.topAdvocates[0].name))).toEqual([true]);

      if (mobile) expect(await horizontalOverflow(page)).toBe(0);
      expect(await unnamedControls(page)).toEqual([]);
      if (language === 'id') expect(await englishLines(page)).toEqual([]);
      await screenshot(page, shot);

      // The button opens the browser's print window.
      const print = page.getByTestId('report-print');
      expect(await print.textContent()).toBe(text.print);
      await page.evaluate(() => {
        const window = globalThis as unknown as { print: () => void; printed: number };
        window.printed = 0;
        window.print = () => {
          window.printed += 1;
        };
      });
      await print.click();
      expect(await page.evaluate(() => (globalThis as unknown as { printed: number }).printed)).toBe(1);

      // Printed: no header, navigation, buttons or back link; the figures, chart and tables in black on white.
      expect(await shown(page, '.app-header')).toBe(true);
      await page.emulateMedia({ media: 'print' });
      for (const selector of ['.app-header', '.main-nav', '[data-testid="report-print"]', '.page-back', '[data-testid="report-metric"]', '.skip-link']) {
        expect({ selector, shown: await shown(page, selector) }).toEqual({ selector, shown: false });
      }
      for (const selector of ['h1', '[data-testid="figure-shares"]', '[data-testid="figure-emv"]', '[data-testid="report-chart"] svg', '[data-testid="top-content"]', '[data-testid="top-advocates"]', '[data-testid="report-objective"]']) {
        expect({ selector, shown: await shown(page, selector) }).toEqual({ selector, shown: true });
      }
      const colours = await page.evaluate(() => {
        const { document, getComputedStyle } = globalThis as unknown as { document: { body: object; querySelector(selector: string): object }; getComputedStyle(element: object): { backgroundColor: string; color: string } };
        return { background: getComputedStyle(document.body).backgroundColor, text: getComputedStyle(document.querySelector('h1')).color, figure: getComputedStyle(document.querySelector('[data-testid="figure-shares-value"]')).color };
      });
      expect(colours).toEqual({ background: 'rgb(255, 255, 255)', text: 'rgb(0, 0, 0)', figure: 'rgb(0, 0, 0)' });
      if (mobile) expect(await horizontalOverflow(page)).toBe(0);
      await screenshot(page, `${shot}-print`);

      // Saved as a PDF by the browser (headless Chromium prints to PDF), on A4.
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
      expect(pages.length).toBeGreaterThanOrEqual(1);
      expect(pages.length).toBeLessThanOrEqual(3);
      // A4 is 595 × 842 points.
      const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
      expect(box && [Math.round(Number(box[1])), Math.round(Number(box[2]))]).toEqual([595, 842]);
      mkdirSync(join(SCREENSHOTS, 'campaign-report'), { recursive: true });
      writeFileSync(join(SCREENSHOTS, `${shot}.pdf`), pdf);
      await page.emulateMedia({ media: 'screen' });
      expect(pageProblems(page)).toEqual([]);
    } finally {
      await context.close();
      await curator.patch('/api/v1/me').send({ locale: 'en' }).expect(200);
    }
  });

  it.each(['en', 'id'] as const)('is linked from the campaign’s card, and another organisation’s campaign is not found (%s)', async (language) => {
    const text = TEXT[language];
    const curator = await stack.t.as('curator@demo.chorus');
    await curator.patch('/api/v1/me').send({ locale: language }).expect(200);
    const { admin: outsider } = await stack.t.otherOrganization(`Report Co ${language}`, { email: `root-${language}@report.test`, name: 'Report Root', password: 'report-co-password' });
    const theirs = (await outsider.post('/api/v1/campaigns').send({ name: 'Their campaign' }).expect(201)).body as { id: string };
    const { page, context } = await newPage(stack, { mobile: language === 'id', locale: text.intl });
    try {
      await signIn(page, 'curator@demo.chorus');
      await page.goto('/campaigns');
      const card = page.locator('.campaign-card', { hasText: CAMPAIGN });
      await card.getByTestId('campaign-report-link').click();
      await page.waitForURL((url) => url.pathname === `/campaigns/${campaignId}/report`);
      await page.getByTestId('campaign-report').waitFor();

      await page.goto(`/campaigns/${theirs.id}/report`);
      await eventuallyExpect(() => page.getByTestId('page-campaign-report').textContent(), (value) => expect(value).toContain(text.notFound));
      expect(await page.getByTestId('report-print').count()).toBe(0);
      expect(await page.content()).not.toContain('Their campaign');
      await screenshot(page, `campaign-report/not-found-${language}`);
      expect(pageProblems(page)).toEqual([]);
    } finally {
      await context.close();
      await curator.patch('/api/v1/me').send({ locale: 'en' }).expect(200);
    }
  });
});

import { APP_CONFIG, AppConfig, Clock } from '@chorus/config';
import { ContentRepository } from '@chorus/content';
import { Transactions } from '@chorus/db';
import { User } from '@chorus/identity';
import type { MessageParams } from '@chorus/messages';
import { NOTIFICATION_LINKS, NotificationsRepository } from '@chorus/notifications';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DateTime } from 'luxon';
import { randomUUID } from 'node:crypto';
import { MailLinks } from './mail-links';
import { MailQueue } from './mail-queue';
import { MailItem, mailText, notificationText, readerOf, renderMail } from './mail-render';
import { MailRepository } from './mail.repository';
import { digestKinds, effectiveDeliveries } from './notification-preferences';

export type DigestFrequency = 'daily' | 'weekly';

/** One person's digest period: it covers [from, to) and is named by the local date it went out. */
export interface DigestPeriod {
  frequency: DigestFrequency;
  key: string;
  from: Date;
  to: Date;
}

const PAGE = 500;
/** Items listed per section; the rest is counted ("and 4 more"). */
const SECTION_LIMIT = 10;

/**
 * The period that ended most recently at `hour`:00 in `timeZone` (on `weekday` for weekly
 * digests): a digest goes out for it once, whenever a worker first looks after that moment.
 */
export function latestPeriod(now: Date, timeZone: string, frequency: DigestFrequency, hour: number, weekday = 1): DigestPeriod {
  const zone = DateTime.fromJSDate(now).setZone(timeZone).isValid ? timeZone : 'UTC';
  const local = DateTime.fromJSDate(now).setZone(zone);
  let end = local.set({ hour, minute: 0, second: 0, millisecond: 0 });
  if (frequency === 'daily') {
    if (end > local) end = end.minus({ days: 1 });
    return { frequency, key: `daily:${end.toISODate()}`, from: end.minus({ days: 1 }).toJSDate(), to: end.toJSDate() };
  }
  end = end.minus({ days: (end.weekday - weekday + 7) % 7 });
  if (end > local) end = end.minus({ weeks: 1 });
  return { frequency, key: `weekly:${end.toISODate()}`, from: end.minus({ weeks: 1 }).toJSDate(), to: end.toJSDate() };
}

/**
 * Daily and weekly digests: at the digest hour in each person's timezone, the new posts of
 * their feed (when new content is a digest kind for them) and their notifications of digest
 * kinds, in their language. A digest is claimed per person and period before it is written,
 * so restarts and several workers send each at most once; a period with nothing new sends none.
 */
@Injectable()
export class DigestService {
  private readonly logger = new Logger('Digests');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: MailRepository,
    private readonly notifications: NotificationsRepository,
    private readonly content: ContentRepository,
    private readonly queue: MailQueue,
    private readonly links: MailLinks,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
  ) {}

  /** Looks at every active person once; returns how many digests were mailed. */
  async run(): Promise<number> {
    const now = this.clock.now();
    let mailed = 0;
    let after: string | null = null;
    for (;;) {
      const users = await this.repository.activeUsersPage(after, PAGE);
      if (users.length === 0) return mailed;
      after = users[users.length - 1].id;
      const prefs = await this.repository.preferencesOf(users.map((u) => u.id));
      const due: { user: User; period: DigestPeriod }[] = [];
      for (const user of users) {
        const deliveries = effectiveDeliveries(prefs.get(user.id) ?? null);
        for (const frequency of ['daily', 'weekly'] as const) {
          if (digestKinds(deliveries, frequency).length === 0) continue;
          const period = latestPeriod(now, user.timezone, frequency, this.config.mail.digestHour, prefs.get(user.id)?.weeklyDigestDay ?? 1);
          // Nobody gets a digest of the time before they joined.
          if (period.to <= user.createdAt) continue;
          due.push({ user, period });
        }
      }
      const taken = await this.repository.digestPeriodsTaken(users.map((u) => u.id), [...new Set(due.map((d) => d.period.key))]);
      for (const { user, period } of due) {
        if (taken.has(`${user.id}|${period.key}`)) continue;
        try {
          if (await this.digest(user, period, now)) mailed += 1;
        } catch (error) {
          this.logger.error(`The ${period.frequency} digest of user ${user.id} failed: ${(error as Error).message}`);
        }
      }
    }
  }

  /** Writes one person's digest for one period, unless it was claimed already; true when a mail was queued. */
  async digest(user: User, period: DigestPeriod, now: Date): Promise<boolean> {
    const preference = await this.repository.preferenceOf(user.id);
    const deliveries = effectiveDeliveries(preference);
    const kinds = digestKinds(deliveries, period.frequency);
    const from = period.from < user.createdAt ? user.createdAt : period.from;
    const withPosts = deliveries['content.featured'] === period.frequency;
    const [[posts, postCount], [notes, noteCount]] = await Promise.all([
      withPosts ? this.content.findNewInFeedOf(user.organizationId, user.id, now, from, period.to, SECTION_LIMIT) : Promise.resolve([[], 0] as [never[], number]),
      // New content is listed as posts (all of them, not only featured ones), so its notifications are not listed again.
      this.notifications.between(user.id, kinds.filter((k) => k !== 'content.featured'), from, period.to, SECTION_LIMIT),
    ]);
    return this.transactions.run(async (manager) => {
      const run = { id: randomUUID(), organizationId: user.organizationId, userId: user.id, period: period.key, mailId: null as string | null, createdAt: now };
      if (postCount + noteCount === 0) {
        await this.repository.claimDigest(manager, run);
        return false;
      }
      const reader = readerOf(user, await this.repository.organizationName(manager, user.organizationId));
      const write = mailText.bind(null, reader);
      const sections: { heading: string; items: MailItem[]; more?: string }[] = [];
      if (posts.length > 0) {
        sections.push({
          heading: write('mail.digest.posts'),
          items: posts.map((post) => ({
            title: post.title,
            body: post.description ?? undefined,
            link: { label: write('mail.digest.writePost'), url: this.links.app(NOTIFICATION_LINKS.composer(post.id)) },
          })),
          more: postCount > posts.length ? write('mail.digest.more', { count: postCount - posts.length }) : undefined,
        });
      }
      if (notes.length > 0) {
        sections.push({
          heading: write('mail.digest.other'),
          items: notes.map((n) => {
            const text = n.code ? notificationText(reader, n.code, (n.params ?? {}) as MessageParams) : { title: n.title, body: n.body };
            return { title: text.title, body: text.body, link: { label: write('mail.open'), url: this.links.app(n.link ?? '/notifications') } };
          }),
          more: noteCount > notes.length ? write('mail.digest.more', { count: noteCount - notes.length }) : undefined,
        });
      }
      const scope = { digest: period.frequency };
      const rendered = renderMail(reader, {
        subject: write(period.frequency === 'daily' ? 'mail.digest.daily.subject' : 'mail.digest.weekly.subject', { count: postCount + noteCount }),
        paragraphs: [write(period.frequency === 'daily' ? 'mail.digest.daily.intro' : 'mail.digest.weekly.intro')],
        sections,
        preferencesUrl: this.links.preferences(),
        unsubscribe: { label: write('mail.unsubscribeDigest'), url: this.links.unsubscribePage(user.id, scope) },
      });
      if (!(await this.repository.claimDigest(manager, run))) return false;
      run.mailId = await this.queue.queueToUser(manager, user, reader, {
        ...rendered,
        category: 'digest',
        kind: period.frequency,
        dedupeKey: `digest:${user.id}:${period.key}`,
        headers: this.links.unsubscribeHeaders(user.id, scope),
      });
      await this.repository.setDigestMail(manager, run.id, run.mailId);
      return run.mailId !== null;
    });
  }
}

import { DigestService, MailRequeuer } from '@chorus/mail';
import { tickOf } from './tick';

/**
 * Every minute: the digests whose hour has come in their readers' timezones. Safe with
 * several workers and restarts: each digest is claimed per person and period.
 */
export const MailDigestTick = tickOf({
  name: 'MailDigests',
  every: 60_000,
  uses: [DigestService],
  run: async ([digests]) => {
    await digests.run();
  },
});

/** Every 30 seconds: mails whose job was lost go back on the queue (never lost when a worker dies). */
export const MailRequeueTick = tickOf({
  name: 'MailRequeue',
  every: 30_000,
  uses: [MailRequeuer],
  run: async ([requeuer]) => {
    await requeuer.run();
  },
});

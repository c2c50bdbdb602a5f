import { DigestService, MailRequeuer } from '@chorus/mail';
import { Injectable } from '@nestjs/common';
import { Tick } from './tick';

/**
 * Every minute: the digests whose hour has come in their readers' timezones. Safe with
 * several workers and restarts: each digest is claimed per person and period.
 */
@Injectable()
export class MailDigestTick extends Tick {
  constructor(private readonly digests: DigestService) {
    super('MailDigests', 60_000);
  }

  protected async run(): Promise<void> {
    await this.digests.run();
  }
}

/** Every 30 seconds: mails whose job was lost go back on the queue (never lost when a worker dies). */
@Injectable()
export class MailRequeueTick extends Tick {
  constructor(private readonly requeuer: MailRequeuer) {
    super('MailRequeue', 30_000);
  }

  protected async run(): Promise<void> {
    await this.requeuer.run();
  }
}

import { Transactions } from '@chorus/db';
import {
  canTransition,
  draftShare,
  IllegalShareTransitionError,
  Share,
  ShareAuditEntry,
  ShareChangedConcurrently,
  ShareEventInput,
  SHARE_EVENTS,
  SHARE_STATUSES,
  SharesRepository,
  ShareStatus,
  transition,
} from '@chorus/shares';
import { randomUUID } from 'node:crypto';
import { TestApp } from '../support/test-app';

/**
 * The one writer of a share's status, against the real database: every (status, event) pair
 * of the state machine's table goes through `SharesRepository.transition`. Allowed moves land
 * in the row and the audit log; every other move throws the domain error and changes nothing.
 */
describe(`share lifecycle through the repository (${process.env.CHORUS_TEST_DATABASE_URL ? 'PostgreSQL' : 'SQLite'})`, () => {
  let t: TestApp;
  let repository: SharesRepository;
  let transactions: Transactions;

  beforeAll(async () => {
    t = await TestApp.start({}, { role: 'api' });
    repository = t.app.get(SharesRepository);
    transactions = t.app.get(Transactions);
  });
  afterAll(() => t.close());

  async function shareIn(status: ShareStatus): Promise<Share> {
    const at = new Date('2026-05-04T03:00:00Z');
    const draft = draftShare({
      id: randomUUID(),
      organizationId: randomUUID(),
      userId: randomUUID(),
      postId: randomUUID(),
      connectionId: randomUUID(),
      network: 'linkedin',
      commentary: 'Walking the table.',
      finalText: 'Walking the table.',
      link: null,
      title: null,
      description: null,
      at,
    });
    const share: Share = { ...draft, status };
    await t.dataSource.getRepository(Share).insert(share);
    return share;
  }

  const input = (event: (typeof SHARE_EVENTS)[number]): ShareEventInput => (event === 'approve' ? { type: 'approve', needsReview: false } : event);
  const pairs = SHARE_STATUSES.flatMap((from) => SHARE_EVENTS.map((event) => ({ from, event })));

  it('walks every status and event: allowed moves are written with their audit entry, every other one throws and writes nothing', async () => {
    expect(pairs).toHaveLength(SHARE_STATUSES.length * SHARE_EVENTS.length);
    let allowed = 0;
    for (const { from, event } of pairs) {
      const share = await shareIn(from);
      const at = new Date(share.updatedAt.getTime() + 60_000);
      const attempt = transactions.run((manager) => repository.transition(manager, share, input(event), { lastError: `via ${event}` }, { actorId: null, at }));
      const stored = () => t.dataSource.getRepository(Share).findOneByOrFail({ id: share.id });
      const audit = () => t.dataSource.getRepository(ShareAuditEntry).findBy({ shareId: share.id });
      if (canTransition(from, event)) {
        allowed++;
        const to = transition(from, input(event));
        await expect(attempt).resolves.toMatchObject({ id: share.id, status: to, lastError: `via ${event}` });
        expect(await stored()).toMatchObject({ status: to, lastError: `via ${event}`, updatedAt: at });
        expect((await audit()).map((e) => [e.action, e.fromStatus, e.toStatus])).toEqual([[event, from, to]]);
      } else {
        const error = await attempt.then(
          () => null,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(IllegalShareTransitionError);
        expect(error).toMatchObject({ from, event });
        expect(await stored()).toMatchObject({ status: from, lastError: null, updatedAt: share.updatedAt });
        expect(await audit()).toEqual([]);
      }
    }
    // The table allows 34 of the 144 moves; the rest were refused above.
    expect(allowed).toBe(34);
  });

  it('approves into review when the compliance decision asks for it', async () => {
    const share = await shareIn('draft');
    const at = new Date(share.updatedAt.getTime() + 1000);
    const moved = await transactions.run((m) => repository.transition(m, share, { type: 'approve', needsReview: true }, {}, { actorId: share.userId, at }));
    expect(moved.status).toBe('in_review');
    expect((await t.dataSource.getRepository(Share).findOneByOrFail({ id: share.id })).status).toBe('in_review');
  });

  it('loses cleanly to a change made since the share was read, with the domain error', async () => {
    const share = await shareIn('scheduled');
    const at = new Date(share.updatedAt.getTime() + 1000);
    await transactions.run((m) => repository.transition(m, share, 'unschedule', {}, { actorId: share.userId, at }));
    // The same stale copy again: it is no longer `scheduled` as read.
    const late = transactions.run((m) => repository.transition(m, share, 'cancel', {}, { actorId: share.userId, at: new Date(at.getTime() + 1000) }));
    await expect(late).rejects.toBeInstanceOf(ShareChangedConcurrently);
    expect((await t.dataSource.getRepository(Share).findOneByOrFail({ id: share.id })).status).toBe('approved');
    expect(await t.dataSource.getRepository(ShareAuditEntry).countBy({ shareId: share.id })).toBe(1);
  });
});

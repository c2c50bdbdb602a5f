import { HandlesEvent, OutboxDeliveryContext, OutboxEvent, OutboxEventHandler } from '@chorus/db';
import { Role } from '@chorus/identity';
import { FanOut, FanOutConsumer, NOTIFICATION_LINKS, NotificationsService } from '@chorus/notifications';
import { CONTEST_CLOSED, CONTEST_STARTED, ContestClosedEvent, ContestStartedEvent } from './contest-events';

/** Everyone a contest is for (its team, or the organisation's employees) hears that it began. */
@HandlesEvent(CONTEST_STARTED, 'contest-started-notifications')
export class ContestStartedNotificationsConsumer extends FanOutConsumer<ContestStartedEvent> {
  protected fanOutOf(contest: ContestStartedEvent): FanOut | null {
    return {
      to: { organizationId: contest.organizationId, role: Role.Employee, teamIds: contest.scope === 'team' && contest.teamId ? [contest.teamId] : null },
      notification: {
        kind: 'contest.started',
        code: 'notification.contestStarted',
        params: { contestName: contest.name, endsAt: contest.endsAt, contestId: contest.contestId },
        dedupeKey: `contest-started:${contest.contestId}`,
        link: NOTIFICATION_LINKS.points(),
      },
    };
  }
}

/** Each winner of a closed contest hears their place and prize. */
@HandlesEvent(CONTEST_CLOSED, 'contest-winner-notifications', { batchSize: 20 })
export class ContestWinnerNotificationsConsumer implements OutboxEventHandler {
  constructor(private readonly notifications: NotificationsService) {}

  async handle(events: OutboxEvent[], { manager }: OutboxDeliveryContext): Promise<void> {
    const inputs = events.flatMap((event) => {
      const contest = event.payload as unknown as ContestClosedEvent;
      return contest.winners.map((winner) => ({
        organizationId: contest.organizationId,
        userId: winner.userId,
        kind: 'contest.won' as const,
        code: 'notification.contestWon' as const,
        params: { contestName: contest.name, rank: winner.rank, prize: winner.prize, bonusPoints: winner.bonusPoints, contestId: contest.contestId },
        dedupeKey: `contest-won:${contest.contestId}`,
        link: NOTIFICATION_LINKS.points(),
      }));
    });
    await this.notifications.notifyMany(manager, inputs);
  }
}

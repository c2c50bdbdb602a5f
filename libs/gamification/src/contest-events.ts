import { ContestScope, ContestWinner } from './entities/contest.entity';

/**
 * Outbox events about contests, written in the transaction that starts or closes one;
 * notifications and chat integrations consume them.
 */
export const CONTEST_STARTED = 'contest.started';
export const CONTEST_CLOSED = 'contest.closed';

export interface ContestStartedEvent {
  contestId: string;
  organizationId: string;
  name: string;
  scope: ContestScope;
  teamId: string | null;
  startsAt: string;
  endsAt: string;
}

export interface ContestClosedEvent {
  contestId: string;
  organizationId: string;
  name: string;
  scope: ContestScope;
  teamId: string | null;
  participants: number;
  winners: ContestWinner[];
}

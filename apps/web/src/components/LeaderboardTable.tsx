import type { ReactNode } from 'react';
import type { Leaderboard, LeaderboardEntry } from '../api/models';
import { useI18n } from '../i18n/I18nContext';
import { DataTable, type Column } from './DataTable';
import { QueryView } from './QueryView';

export interface PersonPoints {
  userId: string;
  name: string;
  points: number;
  /** The place on a leaderboard (see `ranked`). */
  rank?: number;
  /** E.g. whether the person took part; the column shows when `statusHeader` is given. */
  status?: ReactNode;
}

interface LeaderboardTableProps {
  caption: string;
  people: readonly PersonPoints[];
  /** A first column with each person's rank. */
  ranked?: boolean;
  statusHeader?: string;
  /** The signed-in person's row is highlighted. */
  meId?: string;
  rowTestId?: string;
  testId?: string;
}

/** People and their points, in the order given: a leaderboard, or a team's participation. */
export function LeaderboardTable({ caption, people, ranked = false, statusHeader, meId, rowTestId, testId }: LeaderboardTableProps) {
  const { t, formatNumber } = useI18n();
  const columns: Column<PersonPoints>[] = [
    ...(ranked ? [{ header: t('leaderboards.rank'), numeric: true, className: 'rank-cell', cell: (person: PersonPoints) => formatNumber(person.rank ?? 0) }] : []),
    { header: t('leaderboards.name'), rowHeader: true, cell: (person) => person.name },
    ...(statusHeader ? [{ header: statusHeader, cell: (person: PersonPoints) => person.status }] : []),
    { header: t('points.points'), numeric: true, cell: (person) => formatNumber(person.points) },
  ];
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={people}
      rowKey={(person) => person.userId}
      rowProps={(person) => ({ 'data-me': (meId !== undefined && person.userId === meId) || undefined, 'data-testid': rowTestId })}
      // Three short columns fit a phone as they are.
      stackOnNarrow={false}
      testId={testId}
    />
  );
}

interface BoardViewProps {
  board: { data: Leaderboard | undefined; error: unknown; refetch: () => unknown };
  /** The empty state's sentence under "Nobody has points yet". */
  emptyBody: string;
  meTestId: string;
  /** What shows the board's entries (a table, a chart). */
  children: (entries: LeaderboardEntry[]) => ReactNode;
}

/** A leaderboard query's part of a page: its failure, the spinner, an empty board, or the reader's place above the board. */
export function BoardView({ board, emptyBody, meTestId, children }: BoardViewProps) {
  const { t } = useI18n();
  return (
    <QueryView query={board} isEmpty={(data) => data.entries.length === 0} empty={{ title: t('leaderboards.emptyTitle'), body: emptyBody }}>
      {(data) => (
        <>
          {data.me?.rank ? (
            <p className="lead" data-testid={meTestId}>
              {t('leaderboards.me', { rank: data.me.rank, points: data.me.points })}
            </p>
          ) : null}
          {children(data.entries)}
        </>
      )}
    </QueryView>
  );
}

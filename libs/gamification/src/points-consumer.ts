/** The points consumer's name on the outbox: its read marker. Never rename it. */
export const POINTS_CONSUMER = 'points';

import { OutboxRelay } from '@chorus/db';
import { tickOf } from './tick';

/**
 * Every second: relays new outbox events to their consumers (points for `share.published`)
 * and lets each consumer handle its due deliveries. Runs in every worker: on PostgreSQL each
 * delivery is claimed by one of them (`FOR UPDATE SKIP LOCKED`).
 */
export const OutboxRelayTick = tickOf({
  name: 'Outbox',
  every: 1000,
  uses: [OutboxRelay],
  run: async ([relay], logger) => {
    for (const [consumer, { delivered, failed }] of await relay.run()) {
      if (failed > 0) logger.warn(`Consumer "${consumer}" handled ${delivered} event(s); ${failed} will be retried.`);
    }
  },
});

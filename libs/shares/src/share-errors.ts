/**
 * A lifecycle move that cannot happen as asked. These are domain errors: services let them
 * propagate, and the api's exception filter answers them with 409 and their message.
 */
export abstract class ShareConflict extends Error {}

/** The share moved on (another tab, the dispatcher) between reading it and writing it. */
export class ShareChangedConcurrently extends ShareConflict {
  constructor(readonly shareId: string) {
    super('This share changed in the meantime; reload it and try again.');
    this.name = 'ShareChangedConcurrently';
  }
}

import { userMessage, UserMessageError } from '@chorus/messages';

/**
 * A lifecycle move that cannot happen as asked. These are domain errors: services let them
 * propagate, and the api's exception filter answers them with 409 and their message.
 */
export abstract class ShareConflict extends UserMessageError {}

/** The share moved on (another tab, the dispatcher) between reading it and writing it. */
export class ShareChangedConcurrently extends ShareConflict {
  constructor(readonly shareId: string) {
    super(userMessage('share.changedConcurrently'));
    this.name = 'ShareChangedConcurrently';
  }
}

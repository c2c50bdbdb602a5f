/** Time as a port, so tests can move it. Storage and code use UTC throughout. */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

import { buildMessage, isISO8601, ValidateBy, ValidationOptions } from 'class-validator';

const EARLIEST = Date.parse('1970-01-01T00:00:00Z');
const LATEST = Date.parse('9999-12-31T23:59:59.999Z');

/** True for a strict ISO 8601 date-time that JavaScript reads as a moment from 1970 to 9999. */
export function isIsoDateTime(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 40 || !isISO8601(value, { strict: true })) return false;
  // ISO 8601 also allows week (2026-W01) and ordinal (2026-001) dates and signed years, which
  // `new Date` reads as Invalid Date; those would fail later, when the row is turned to JSON.
  const time = Date.parse(value);
  return Number.isFinite(time) && time >= EARLIEST && time <= LATEST;
}

/** A date-time such as 2026-12-01T02:00:00Z, from 1970 to 9999. */
export function IsIsoDateTime(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isIsoDateTime',
      validator: {
        validate: (value) => isIsoDateTime(value),
        defaultMessage: buildMessage((each) => `${each}$property must be an ISO 8601 date-time from 1970 to 9999, such as 2026-12-01T02:00:00Z`, options),
      },
    },
    options,
  );
}

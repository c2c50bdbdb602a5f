import { buildMessage, isISO8601, ValidateBy, ValidationOptions } from 'class-validator';

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}(?![\d])/;
const EARLIEST = Date.parse('1970-01-01T00:00:00Z');
const LATEST = Date.parse('9999-12-31T23:59:59.999Z');

/** True for a strict ISO 8601 date-time that JavaScript reads as a moment from 1970 to 9999. */
export function isIsoDateTime(value: unknown): value is string {
  // ISO 8601 also has week (2026-W01-1) and ordinal (2026-001) dates and signed years, which
  // `new Date` reads as Invalid Date or as some other day; only calendar dates are taken.
  if (typeof value !== 'string' || value.length > 40 || !CALENDAR_DATE.test(value) || !isISO8601(value, { strict: true })) return false;
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

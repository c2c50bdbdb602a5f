/**
 * Request fields that break a rule. The API's `message` keeps class-validator's sentence
 * ("pointsMultiplier must not be greater than 10"); `errors[]` carries these codes with the
 * rule's arguments, and the web app writes them beside the field, `{field}` being the label
 * the form gives it ("Points multiplier: at most 10").
 */
export const VALIDATION_MESSAGES = {
  'validation.failed': 'Some fields are not valid.',
  'validation.invalid': '{field}: not valid',
  'validation.isDefined': '{field}: required',
  'validation.isNotNull': '{field}: must not be null; leave it out to keep it as it is',
  'validation.unknownProperty': '{field}: not a field of this request',
  'validation.nested': '{field}: must be an object or a list',
  'validation.isString': '{field}: must be text',
  'validation.isNotEmpty': '{field}: must not be empty',
  'validation.maxLength': '{field}: at most {max} characters',
  'validation.minLength': '{field}: at least {min} characters',
  'validation.isInt': '{field}: must be a whole number',
  'validation.isNumber': '{field}: must be a number',
  'validation.hasAtMostDecimals': '{field}: at most {places} decimals',
  'validation.min': '{field}: at least {min}',
  'validation.max': '{field}: at most {max}',
  'validation.isIn': '{field}: must be one of {values}',
  'validation.isUuid': '{field}: must be an id (UUID)',
  'validation.isArray': '{field}: must be a list',
  'validation.arrayMaxSize': '{field}: at most {max} entries',
  'validation.arrayMinSize': '{field}: at least {min} entries',
  'validation.arrayUnique': '{field}: each value only once',
  'validation.isBoolean': '{field}: must be true or false',
  'validation.isUrl': '{field}: must be an http or https address',
  'validation.isEmail': '{field}: must be an email address',
  'validation.isTimeZone': '{field}: must be a time zone such as Asia/Jakarta',
  'validation.isIsoDateTime': '{field}: must be a date and time such as 2026-12-01T02:00:00Z',
  'validation.matches': '{field}: not in the expected form',
  'validation.timeOfDay': '{field}: must be a time such as 09:00 (24-hour clock)',
  'validation.calendarDate': '{field}: must be a date such as 2026-04-01',
  'validation.periodKey': '{field}: must be a month such as 2026-04 or a quarter such as 2026-Q2',
  'validation.hashtag': '{field}: each hashtag is one word of letters, digits or _',
  'validation.httpsImage': '{field}: must be an https address; browsers block http images on this site',
  'validation.xWeightedLength': '{field}: at most 280 characters as X counts them (links count 23, emoji and CJK 2)',
  // Rules that services check, with the sentence they write.
  'validation.after': '{field} must be after {otherField}',
  'validation.onOrAfter': '{field} must be on or after {otherField}',
  'validation.notADate': '{field}: {value} is not a date',
} as const;

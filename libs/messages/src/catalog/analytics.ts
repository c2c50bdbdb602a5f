/** Results: analytics, API keys and conversions. */
export const ANALYTICS_MESSAGES = {
  'analytics.rangeReversed': '{field}: the range ends before it starts; pick a "to" day on or after the "from" day',
  'analytics.rangeTooLong': '{field}: a range can be at most {max} days long',
  'analytics.teamNotFound': '{field}: no team with id {id} in your organisation',
  'analytics.campaignNotFound': '{field}: no campaign with id {id} in your organisation',
  'analytics.postNotFound': '{field}: no post with id {id} in your organisation',
  'conversion.keyNotFound': 'API key not found.',
  'conversion.keyMissing': 'This endpoint needs an API key in the X-Api-Key header; an admin creates one under Settings → API keys.',
  'conversion.keyInvalid': 'This API key is not valid (it may have been revoked).',
  'conversion.unknownShare': '{field}: no share of your organisation has the code {code}',
  'conversion.idempotencyMismatch': 'A conversion with this idempotencyKey was already reported with other details; send a new key for a new conversion.',
} as const satisfies Record<string, string>;

/** Connected accounts and connecting LinkedIn. */
export const PUBLISHING_MESSAGES = {
  'connection.notFound': 'Connection not found.',
  'linkedin.noState': 'The answer from LinkedIn has no state, so Chorus cannot tell who asked. Start again from Connections.',
  'linkedin.stateExpired': 'This LinkedIn sign-in has expired or was already used. Start again from Connections.',
  'linkedin.stateUsed': 'This LinkedIn sign-in was already used. Start again from Connections.',
  'linkedin.cancelled': 'You cancelled on LinkedIn, so nothing was connected. You can connect any time from Connections.',
  'linkedin.refused': 'LinkedIn did not connect the account: {detail}.',
  'linkedin.noCode': 'LinkedIn sent no authorization code. Start again from Connections.',
  'linkedin.codeRejected': 'LinkedIn did not accept the sign-in (the code may have expired). Start again from Connections.',
} as const;

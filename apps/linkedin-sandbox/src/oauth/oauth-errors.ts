import { LinkedinApiException, OAuthException } from '../common/sandbox-exceptions';

const CODE_MISMATCH =
  'Unable to retrieve access token: appid/redirect uri/code verifier does not match authorization code. Or authorization code expired. Or external member binding exists';

/** OAuth endpoint errors, worded as LinkedIn words them. */
export const oauthErrors = {
  missingParameter: (name: string) =>
    new OAuthException(400, 'invalid_request', `A required parameter "${name}" is missing`),
  invalidClient: () => new OAuthException(401, 'invalid_client', 'Client authentication failed'),
  authorizationCodeNotFound: () =>
    new OAuthException(400, 'invalid_request', 'Unable to retrieve access token: authorization code not found'),
  authorizationCodeMismatch: () => new OAuthException(400, 'invalid_request', CODE_MISMATCH),
  /** LinkedIn names the error after the redirect URI but keeps the same description. */
  redirectUriMismatch: () => new OAuthException(400, 'invalid_redirect_uri', CODE_MISMATCH),
  refreshTokensNotEnabled: () =>
    new OAuthException(400, 'invalid_request', 'Refresh tokens are not enabled for this application'),
  invalidRefreshToken: (reason: 'invalid' | 'expired' | 'revoked') =>
    new OAuthException(400, 'invalid_request', `The provided refresh token is ${reason}`),
  clientCredentialsNotAllowed: () =>
    new OAuthException(400, 'access_denied', 'This application is not allowed to create application tokens'),
  unsupportedGrantType: (grantType: string) =>
    new OAuthException(400, 'unsupported_grant_type', `The grant type "${grantType}" is not supported`),
};

/** Bearer token errors on LinkedIn's APIs (`serviceErrorCode` 656xx). */
export const accessTokenErrors = {
  empty: () =>
    new LinkedinApiException({ status: 401, serviceErrorCode: 65604, code: 'EMPTY_ACCESS_TOKEN', message: 'Empty oauth2 access token' }),
  invalid: () =>
    new LinkedinApiException({ status: 401, serviceErrorCode: 65600, code: 'INVALID_ACCESS_TOKEN', message: 'Invalid access token' }),
  expired: () =>
    new LinkedinApiException({
      status: 401,
      serviceErrorCode: 65601,
      code: 'EXPIRED_ACCESS_TOKEN',
      message: 'The token used in the request has expired',
    }),
  revoked: () =>
    new LinkedinApiException({
      status: 401,
      serviceErrorCode: 65602,
      code: 'REVOKED_ACCESS_TOKEN',
      message: 'The token used in the request has been revoked by the user',
    }),
};

/**
 * LinkedIn's 403 when the token lacks a permission, e.g.
 * "Not enough permissions to access: partnerApiPostsExternal.CREATE.20251001".
 */
export function accessDenied(resource: string, linkedinVersion?: string, detail?: string): LinkedinApiException {
  const version = linkedinVersion && /^\d{6}$/.test(linkedinVersion) ? `${linkedinVersion}01` : 'NO_VERSION';
  return new LinkedinApiException({
    status: 403,
    serviceErrorCode: 100,
    code: 'ACCESS_DENIED',
    message: `Not enough permissions to access: ${resource}.${version}${detail ? `. ${detail}` : ''}`,
  });
}

import { HtmlPageException, OAuthException } from '../common/sandbox-exceptions';
import { StrictValidationPipe } from '../common/strict-validation.pipe';
import { PAGE_SECURITY_HEADERS, renderErrorPage } from './consent-page';

/** Consent page input: a person sees the error, so it is a page. */
export const consentValidationPipe = new StrictValidationPipe({
  forbidUnknown: false,
  toException: (errors) =>
    new HtmlPageException(
      400,
      renderErrorPage(`The parameter ${errors[0]?.path.slice(1) || 'input'} is invalid: ${errors[0]?.message ?? 'unreadable request'}.`),
      PAGE_SECURITY_HEADERS,
    ),
});

/** Token endpoint forms: LinkedIn's `{ error, error_description }`. */
export const oauthFormValidationPipe = new StrictValidationPipe({
  forbidUnknown: false,
  toException: (errors) =>
    new OAuthException(400, 'invalid_request', `The parameter "${errors[0]?.path.slice(1) || 'input'}" is invalid`),
});

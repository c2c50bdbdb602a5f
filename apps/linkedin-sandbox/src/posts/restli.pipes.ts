import { LinkedinApiException } from '../common/sandbox-exceptions';
import { FieldError, StrictValidationPipe } from '../common/strict-validation.pipe';

/**
 * Rest.li schema errors as LinkedIn words them, one line per field:
 * `ERROR :: /distribution/feedDistribution :: field is required but not found and has no default value`.
 */
function restliValidationError(status: number, errors: FieldError[]): LinkedinApiException {
  return new LinkedinApiException({
    status,
    message: errors.map((error) => `ERROR :: ${error.path || '/'} :: ${error.message}`).join('\n'),
    errorDetailType: 'com.linkedin.common.error.BadRequest',
    errorDetails: {
      inputErrors: errors.map((error) => ({
        description: error.message,
        input: { inputPath: { fieldPath: error.path.slice(1).replace(/\//g, '.') } },
        code: codeOf(error),
      })),
    },
  });
}

function codeOf(error: FieldError): string {
  switch (error.constraint) {
    case 'isDefined':
      return 'MISSING_FIELD';
    case 'whitelistValidation':
      return 'UNRECOGNIZED_FIELD';
    case 'maxLength':
      return 'FIELD_LENGTH_TOO_LONG';
    default:
      return 'INVALID_VALUE';
  }
}

/** Request bodies: unknown fields are refused, errors answer 422. */
export const restliBodyValidationPipe = new StrictValidationPipe({
  forbidUnknown: true,
  toException: (errors) => restliValidationError(422, errors),
});

/** Query parameters: extra ones (projections, view context) are ignored, errors answer 400. */
export const restliQueryValidationPipe = new StrictValidationPipe({
  forbidUnknown: false,
  toException: (errors) => restliValidationError(400, errors),
});

import { LinkedinApiException } from '../common/sandbox-exceptions';
import { StrictValidationPipe } from '../common/strict-validation.pipe';

/** Control bodies: `{ status: 400, message: "rate429: must be a number between 0 and 1" }`. */
export const controlsValidationPipe = new StrictValidationPipe({
  forbidUnknown: true,
  toException: (errors) =>
    new LinkedinApiException({
      status: 400,
      message: errors.map((error) => (error.path ? `${error.path.slice(1)}: ${error.message}` : error.message)).join('; '),
    }),
});

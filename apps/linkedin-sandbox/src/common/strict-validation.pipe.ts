import { ArgumentMetadata, HttpException, ValidationError, ValidationPipe } from '@nestjs/common';

/** One failed field, flattened from class-validator's tree. */
export interface FieldError {
  /** JSON-pointer-like path, e.g. `/distribution/feedDistribution`; empty for the whole input. */
  path: string;
  /** The class-validator constraint that failed (`isDefined`, `whitelistValidation`, ...). */
  constraint: string;
  message: string;
}

export interface StrictValidationOptions {
  /** Refuse properties the DTO does not declare (LinkedIn does for request bodies). */
  forbidUnknown: boolean;
  toException: (errors: FieldError[]) => HttpException;
}

/**
 * A ValidationPipe whose errors are shaped by the area that uses it (LinkedIn API, OAuth,
 * sandbox controls), and which refuses a body that is not a JSON object instead of letting
 * class-validator guess.
 */
export class StrictValidationPipe extends ValidationPipe {
  private readonly toException: StrictValidationOptions['toException'];

  constructor(options: StrictValidationOptions) {
    super({
      whitelist: true,
      forbidNonWhitelisted: options.forbidUnknown,
      transform: true,
      validationError: { target: false, value: false },
      exceptionFactory: (errors) => options.toException(flattenValidationErrors(errors)),
    });
    this.toException = options.toException;
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const isJsonArgument = metadata.type === 'body' || metadata.type === 'query';
    if (isJsonArgument && value !== undefined && value !== null && (typeof value !== 'object' || Array.isArray(value))) {
      throw this.toException([{ path: '', constraint: 'isObject', message: 'the input must be an object' }]);
    }
    return super.transform(value, metadata);
  }
}

/**
 * The most basic failure is the one worth reporting: a missing field before a wrong type, a
 * wrong type before a wrong value (class-validator runs a property's checks in no useful order).
 */
const CONSTRAINT_PRIORITY = [
  'isDefined',
  'whitelistValidation',
  'isString',
  'isObject',
  'isArray',
  'isBoolean',
  'isNumber',
  'isInt',
  'nestedValidation',
];

function primaryConstraint(constraints: Record<string, string>): [string, string] | undefined {
  const entries = Object.entries(constraints);
  const rank = (name: string) => {
    const index = CONSTRAINT_PRIORITY.indexOf(name);
    return index < 0 ? CONSTRAINT_PRIORITY.length : index;
  };
  return entries.sort(([a], [b]) => rank(a) - rank(b))[0];
}

/** One error per field, children included, as `/parent/child` paths. */
export function flattenValidationErrors(errors: ValidationError[], parentPath = ''): FieldError[] {
  return errors.flatMap((error) => {
    const path = `${parentPath}/${error.property}`;
    const primary = primaryConstraint(error.constraints ?? {});
    const own: FieldError[] = primary
      ? [
          {
            path,
            constraint: primary[0],
            message: primary[0] === 'whitelistValidation' ? 'unrecognized field found but not allowed' : primary[1],
          },
        ]
      : [];
    return [...own, ...flattenValidationErrors(error.children ?? [], path)];
  });
}

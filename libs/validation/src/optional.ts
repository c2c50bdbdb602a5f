import { applyDecorators } from '@nestjs/common';
import { buildMessage, ValidateBy, ValidateIf, ValidationOptions } from 'class-validator';

/**
 * The field may be left out; when it is sent, every other rule applies, and `null` is refused
 * with a sentence naming the field. Use this instead of class-validator's `IsOptional`, which
 * skips every rule for `null` too and so lets it reach the service (and a NOT NULL column).
 */
export function IsOptionalDefined(options?: ValidationOptions): PropertyDecorator {
  return applyDecorators(
    ValidateIf((_object, value) => value !== undefined, options),
    ValidateBy(
      {
        name: 'isNotNull',
        validator: {
          validate: (value) => value !== null,
          defaultMessage: buildMessage((each) => `${each}$property must not be null; leave it out to keep it as it is`, options),
        },
      },
      options,
    ),
  );
}

/**
 * The field may be left out, or be `null` to clear it ("no manager", "unlimited stock").
 * Only for fields whose service treats `null` as "clear"; document them with `nullable: true`.
 */
export function IsOptionalNullable(options?: ValidationOptions): PropertyDecorator {
  return ValidateIf((_object, value) => value !== undefined && value !== null, options);
}

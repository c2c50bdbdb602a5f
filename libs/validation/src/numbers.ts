import { buildMessage, ValidateBy, ValidationOptions } from 'class-validator';

/**
 * A finite number written with at most `places` decimals, e.g. 1.5 for places = 2.
 * class-validator's `maxDecimalPlaces` throws a TypeError on numbers that print in
 * exponent form (5e-324); this reads the number as JSON would print it.
 */
export function HasAtMostDecimals(places: number, options?: ValidationOptions): PropertyDecorator {
  const plain = new RegExp(`^-?\\d+(\\.\\d{1,${places}})?$`);
  return ValidateBy(
    {
      name: 'hasAtMostDecimals',
      constraints: [places],
      validator: {
        validate: (value) => typeof value === 'number' && Number.isFinite(value) && plain.test(String(value)),
        defaultMessage: buildMessage((each) => `${each}$property must be a number with at most ${places} decimals, such as 1.5`, options),
      },
    },
    options,
  );
}

import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';

/** Flattens nested errors so every message names its full path, e.g. "weeklySlots.0.time …". */
function messages(errors: ValidationError[], parent = ''): string[] {
  return errors.flatMap((error) => {
    const path = parent ? `${parent}.${error.property}` : error.property;
    // A null where a value is needed: that sentence says it all; the type rules would only repeat it.
    const constraints = error.constraints?.isNotNull ? { isNotNull: error.constraints.isNotNull } : error.constraints;
    const own = Object.values(constraints ?? {}).map((m) => (parent && m.startsWith(error.property) ? `${parent}.${m}` : m));
    return [...own, ...messages(error.children ?? [], path)];
  });
}

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new BadRequestException(messages(errors)),
  });
}

import { fieldMessage, type FieldMessage, isMessageCode, type MessageCode, type MessageParams } from '@chorus/messages';
import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';

/** Flattens nested errors so every message names its full path, e.g. "weeklySlots.0.time …". */
function messages(errors: ValidationError[], parent = ''): string[] {
  return problems(errors, parent).map((problem) => problem.message);
}

interface Problem {
  field: string;
  constraint: string;
  message: string;
  error: ValidationError;
}

function problems(errors: ValidationError[], parent = ''): Problem[] {
  return errors.flatMap((error) => {
    const path = parent ? `${parent}.${error.property}` : error.property;
    // A null where a value is needed: that sentence says it all; the type rules would only repeat it.
    const constraints = error.constraints?.isNotNull ? { isNotNull: error.constraints.isNotNull } : error.constraints;
    const own = Object.entries(constraints ?? {}).map(([constraint, m]) => ({
      field: path,
      constraint,
      message: parent && m.startsWith(error.property) ? `${parent}.${m}` : m,
      error,
    }));
    return [...own, ...problems(error.children ?? [], path)];
  });
}

/**
 * class-validator's constraint names, the code of each, and the names its arguments take as
 * parameters (`@Max(10)` → `{ max: 10 }`). A decorator may name another code with
 * `context: { code }`, where the generic rule says too little (`@Matches` of a time of day).
 */
const RULES: Record<string, { code: MessageCode; args?: string[] }> = {
  isNotNull: { code: 'validation.isNotNull' },
  isDefined: { code: 'validation.isDefined' },
  whitelistValidation: { code: 'validation.unknownProperty' },
  nestedValidation: { code: 'validation.nested' },
  isString: { code: 'validation.isString' },
  isNotEmpty: { code: 'validation.isNotEmpty' },
  maxLength: { code: 'validation.maxLength', args: ['max'] },
  minLength: { code: 'validation.minLength', args: ['min'] },
  isInt: { code: 'validation.isInt' },
  isNumber: { code: 'validation.isNumber' },
  hasAtMostDecimals: { code: 'validation.hasAtMostDecimals', args: ['places'] },
  min: { code: 'validation.min', args: ['min'] },
  max: { code: 'validation.max', args: ['max'] },
  isIn: { code: 'validation.isIn', args: ['values'] },
  isUuid: { code: 'validation.isUuid' },
  isArray: { code: 'validation.isArray' },
  arrayMaxSize: { code: 'validation.arrayMaxSize', args: ['max'] },
  arrayMinSize: { code: 'validation.arrayMinSize', args: ['min'] },
  arrayUnique: { code: 'validation.arrayUnique' },
  isBoolean: { code: 'validation.isBoolean' },
  isUrl: { code: 'validation.isUrl' },
  isEmail: { code: 'validation.isEmail' },
  isTimeZone: { code: 'validation.isTimeZone' },
  isIsoDateTime: { code: 'validation.isIsoDateTime' },
  matches: { code: 'validation.matches' },
  xWeightedLength: { code: 'validation.xWeightedLength' },
};

/** The rule's arguments as the decorator was given them, read from class-validator's metadata. */
function ruleArguments(error: ValidationError, constraint: string): unknown[] {
  const target = error.target?.constructor;
  if (!target) return [];
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .find((m) => m.propertyName === error.property && m.name === constraint);
  return metadata?.constraints ?? [];
}

function toParam(value: unknown): string | number | undefined {
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(String).join(', ');
  return undefined;
}

function fieldError({ field, constraint, message, error }: Problem): FieldMessage {
  const rule = RULES[constraint] ?? { code: 'validation.invalid' };
  const context = error.contexts?.[constraint] as { code?: unknown; params?: MessageParams } | undefined;
  const code = isMessageCode(context?.code) ? context.code : rule.code;
  const params: MessageParams = {};
  const args = ruleArguments(error, constraint);
  rule.args?.forEach((name, index) => {
    const value = toParam(args[index]);
    if (value !== undefined) params[name] = value;
  });
  // The sentence stays class-validator's (or the decorator's own); the code is for translation.
  return { ...fieldMessage(field, code, { ...params, ...context?.params }), message };
}

/**
 * The 400 of a body, query or path that breaks its DTO's rules: `message` lists the sentences,
 * `errors` the same problems one by one with the field's path, a code and the rule's arguments.
 */
export function validationProblems(errors: ValidationError[]): { message: string[]; errors: FieldMessage[]; code: MessageCode; params: MessageParams } {
  return { code: 'validation.failed', params: {}, message: messages(errors), errors: problems(errors).map(fieldError) };
}

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    // The target lets the errors name each rule's arguments; it never reaches the answer.
    validationError: { target: true, value: false },
    exceptionFactory: (errors) => new BadRequestException(validationProblems(errors)),
  });
}

import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { badUserInput, type FieldProblem } from '@onrecord/platform/errors';

function problems(errors: ValidationError[], prefix: string): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...problems(error.children ?? [], field)];
  });
}

/**
 * An input class built from plain values and checked by the same rules (and transforms:
 * trimming, canonical forms) the GraphQL edge applies: for work that takes records another
 * way, such as a CSV import. Either the transformed input, or each field at fault.
 */
export async function checkInput<T extends object>(
  type: new () => T,
  plain: Record<string, unknown>,
): Promise<{ input: T; problems: FieldProblem[] }> {
  const input = plainToInstance(type, plain);
  const errors = await validate(input, { validationError: { target: false, value: false } });
  return { input, problems: problems(errors, '') };
}

/**
 * Validates GraphQL inputs with their class-validator rules. A failure becomes
 * BAD_USER_INPUT listing each field and why; nothing runs.
 */
export function inputValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => badUserInput(problems(errors, '')),
  });
}

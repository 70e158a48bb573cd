import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { badUserInput, type FieldProblem } from '@onrecord/platform/errors';

function problems(errors: ValidationError[], prefix: string): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...problems(error.children ?? [], field)];
  });
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

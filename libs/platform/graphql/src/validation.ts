import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { badUserInput, type FieldProblem } from '@onrecord/platform/errors';
import { keepValidationRules } from './validation-rules-cache';

// Before the first validate() of any input: each class's rules are looked up once.
keepValidationRules();

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
 * What a caller sends: a GraphQL operation's arguments (Nest's GraphQL parameter type 3,
 * "args", which @nestjs/graphql does not export), and an HTTP route's body, query and path
 * parameters.
 */
const INPUT_PARAMETERS = new Set<unknown>([3, 'body', 'query', 'param']);

/**
 * Validates only what a caller sent. Nest's pipe would also validate a field resolver's
 * parent object (@Parent), the server's own output, with class-transformer and
 * class-validator on every field of every item of a list: a tenth of a 25-case caseload
 * page's CPU (bench:caseload), to check nothing a caller wrote.
 */
class InputValidationPipe extends ValidationPipe {
  protected override toValidate(metadata: ArgumentMetadata): boolean {
    return INPUT_PARAMETERS.has(metadata.type) && super.toValidate(metadata);
  }
}

/**
 * Validates GraphQL inputs with their class-validator rules. A failure becomes
 * BAD_USER_INPUT listing each field and why; nothing runs.
 */
export function inputValidationPipe(): ValidationPipe {
  return new InputValidationPipe({
    transform: true,
    whitelist: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => badUserInput(problems(errors, '')),
  });
}

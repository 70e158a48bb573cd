import { CombinedGraphQLErrors } from '@apollo/client/errors';

export interface FieldProblem {
  field: string;
  message: string;
}

/** The api's error code (NOT_FOUND, FORBIDDEN, BAD_USER_INPUT…), when it gave one. */
export function errorCode(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const code = error.errors[0]?.extensions?.['code'];
  return typeof code === 'string' ? code : undefined;
}

/**
 * BAD_USER_INPUT's field problems keyed by their whole path (`organization.name`), for a form
 * whose values are nested the way the input is.
 */
export function fieldErrorsByPath(error: unknown): Record<string, string> {
  if (!CombinedGraphQLErrors.is(error)) return {};
  const result: Record<string, string> = {};
  for (const e of error.errors) {
    const fields = e.extensions?.['fields'];
    if (!Array.isArray(fields)) continue;
    for (const problem of fields as FieldProblem[]) result[problem.field] = problem.message;
  }
  return result;
}

/**
 * BAD_USER_INPUT's field problems keyed by the last part of their path
 * (`input.email` → `email`), for a form to show beside each field.
 */
export function fieldErrors(error: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [path, message] of Object.entries(fieldErrorsByPath(error)))
    result[path.split('.').pop() ?? path] = message;
  return result;
}

/** The api's words about a field ("the reply is in triage: …") said on their own, as a sentence. */
export function asSentence(message: string): string {
  const text = message.trim();
  const capital = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

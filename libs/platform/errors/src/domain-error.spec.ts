import {
  badUserInput,
  conflict,
  DomainError,
  ErrorCode,
  forbidden,
  notFound,
  serviceUnavailable,
  TooManyRequests,
  unauthenticated,
} from './domain-error';
import { httpStatusOf } from './http-status';

describe('domain errors', () => {
  it('say what was refused in words, with a code and, for input, each field at fault', () => {
    const refusal = badUserInput([
      { field: 'input.email', message: 'must be an email address' },
      { field: 'input.name', message: 'must not be blank' },
    ]);
    expect(refusal).toBeInstanceOf(DomainError);
    expect(refusal.code).toBe('BAD_USER_INPUT');
    expect(refusal.message).toBe(
      'input.email: must be an email address; input.name: must not be blank',
    );
    expect(refusal.fields).toHaveLength(2);
    expect(badUserInput([], 'Pick a date.').message).toBe('Pick a date.');
    expect(notFound('Family').message).toBe('Family was not found.');
    expect(notFound('Family').name).toBe('NotFound');
    expect(forbidden().message).toBe('You are not allowed to do this.');
    expect(unauthenticated().code).toBe('UNAUTHENTICATED');
    expect(new TooManyRequests('Wait.', 90).retryAfterSeconds).toBe(90);
  });

  it('map every code to an HTTP status for the REST routes', () => {
    expect(Object.values(ErrorCode).map(httpStatusOf)).toEqual([400, 401, 403, 404, 409, 429, 503]);
    expect(httpStatusOf(conflict('Already sent.').code)).toBe(409);
    expect(httpStatusOf(serviceUnavailable('Mail is down.').code)).toBe(503);
  });
});

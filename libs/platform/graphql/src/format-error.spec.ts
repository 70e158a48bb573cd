import { GraphQLError } from 'graphql';
import { badUserInput, notFound } from '@onrecord/platform/errors';
import { formatClientError, formatDomainError } from './format-error';

describe('formatClientError', () => {
  it('keeps messages and field details of client errors', () => {
    const formatted = formatClientError(
      {
        message: 'input.email: expected an email address',
        path: ['invite'],
        extensions: {
          code: 'BAD_USER_INPUT',
          fields: [{ field: 'input.email', message: 'expected an email address' }],
          stacktrace: ['x'],
        },
      },
      'req-1',
    );
    expect(formatted).toEqual({
      message: 'input.email: expected an email address',
      path: ['invite'],
      locations: undefined,
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'input.email', message: 'expected an email address' }],
      },
    });
  });

  it('hides internal errors behind a generic message with the request id', () => {
    const formatted = formatClientError(
      {
        message: 'duplicate key value violates unique constraint "PK_x"',
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
      'req-42',
    );
    expect(formatted.message).not.toMatch(/duplicate key/);
    expect(formatted.message).toContain('req-42');
    expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'req-42' });
  });

  it('treats an error without a code as internal', () => {
    expect(
      formatClientError({ message: 'TypeError: x is undefined' }, undefined).extensions?.['code'],
    ).toBe('INTERNAL_SERVER_ERROR');
  });
});

describe('formatDomainError', () => {
  const formatted = {
    message: 'Unexpected error.',
    path: ['student', 'family'],
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };

  it('gives a refusal thrown where no filter saw it (a field resolver) its code and fields', () => {
    const thrown = new GraphQLError('Family was not found.', {
      originalError: badUserInput([{ field: 'id', message: 'is not an id' }]),
    });
    expect(formatDomainError(formatted, thrown)).toEqual({
      message: 'id: is not an id',
      path: ['student', 'family'],
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'id', message: 'is not an id' }] },
    });
    expect(formatDomainError(formatted, notFound('Family')).extensions).toEqual({
      code: 'NOT_FOUND',
    });
  });

  it('leaves anything else to the generic message', () => {
    const thrown = new GraphQLError('boom', {
      originalError: new Error('relation does not exist'),
    });
    expect(formatDomainError(formatted, thrown)).toBe(formatted);
  });
});

import { validate } from 'class-validator';
import { IsLocalDate, IsNotBlank } from './validators';

class Example {
  @IsLocalDate()
  day!: unknown;

  @IsNotBlank()
  name!: unknown;
}

async function problems(day: unknown, name: unknown): Promise<Record<string, string[]>> {
  const example = Object.assign(new Example(), { day, name });
  const errors = await validate(example);
  return Object.fromEntries(
    errors.map((error) => [error.property, Object.values(error.constraints ?? {})]),
  );
}

describe('IsLocalDate', () => {
  it.each(['1900-01-01', '2024-02-29', '2200-12-31'])('accepts %s', async (day) => {
    expect(await problems(day, 'x')).toEqual({});
  });

  it.each(['2025-02-30', '2025-13-01', '20251006', 1, null])(
    'refuses %p as not a date, and only that',
    async (day) => {
      expect(await problems(day, 'x')).toEqual({
        day: ['must be a date written YYYY-MM-DD, e.g. 2025-10-06'],
      });
    },
  );

  it.each(['0000-01-01', '1899-12-31', '2201-01-01', '9999-12-31'])(
    'refuses %s as outside the range',
    async (day) => {
      expect(await problems(day, 'x')).toEqual({
        day: ['must be between 1900-01-01 and 2200-12-31'],
      });
    },
  );
});

describe('IsNotBlank', () => {
  it.each(['', '   ', '\t\n', null])('refuses %p', async (name) => {
    expect(await problems('2025-10-06', name)).toEqual({ name: ['must not be empty'] });
  });

  it.each(['a', ' a ', 'שלום'])('accepts %p', async (name) => {
    expect(await problems('2025-10-06', name)).toEqual({});
  });
});

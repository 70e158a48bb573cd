import { Transform } from 'class-transformer';
import { IsEmail, IsIn, registerDecorator, type ValidationOptions } from 'class-validator';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { US_STATES } from './us-states';
import { DATE_RANGE, DATE_RANGE_MESSAGE } from './date-range';
import { todayIn } from '@onrecord/platform/text';

/**
 * Input rules shared by every feature, each with the message a person reads beside the
 * field. Combine with @IsOptional() for optional fields.
 */
function rule(
  name: string,
  message: string,
  validate: (value: unknown) => boolean,
  options?: ValidationOptions,
) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName,
      options: { message, ...options },
      validator: { validate },
    });
}

/** A calendar date written YYYY-MM-DD that exists (no 2026-02-30). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A calendar date that exists and lies in {@link DATE_RANGE}: every date OnRecord takes. */
export function isLocalDate(value: unknown): value is string {
  return isCalendarDate(value) && value >= DATE_RANGE.first && value <= DATE_RANGE.last;
}

/**
 * A date written YYYY-MM-DD that exists and lies in {@link DATE_RANGE}; each way to miss
 * has its own message.
 */
export const IsLocalDate = (options?: ValidationOptions) => {
  const format = rule(
    'isLocalDate',
    'must be a date written YYYY-MM-DD, e.g. 2025-10-06',
    isCalendarDate,
    options,
  );
  const range = rule(
    'isDateInRange',
    DATE_RANGE_MESSAGE,
    (value) => !isCalendarDate(value) || isLocalDate(value),
    options,
  );
  return (target: object, propertyName: string) => {
    format(target, propertyName);
    range(target, propertyName);
  };
};

/**
 * Not empty, and for text not only spaces (which features would store trimmed, as "").
 * Used where class-validator's IsNotEmpty would be, with the same options.
 */
export const IsNotBlank = (options?: ValidationOptions) =>
  rule(
    'isNotBlank',
    'must not be empty',
    (value) =>
      value !== '' &&
      value !== null &&
      value !== undefined &&
      (typeof value !== 'string' || value.trim() !== ''),
    options,
  );

/**
 * A date not after today. "Today" is taken generously (the latest date anywhere on Earth),
 * so a date that is today where the person is is never refused.
 */
export const IsNotInFuture = (options?: ValidationOptions) =>
  rule(
    'isNotInFuture',
    'cannot be in the future',
    (value) => !isLocalDate(value) || value <= todayIn('Pacific/Kiritimati'),
    options,
  );

/** A clock time written HH:MM (24-hour). */
export const IsLocalTime = (options?: ValidationOptions) =>
  rule(
    'isLocalTime',
    'must be a time written HH:MM (24-hour), e.g. 09:40',
    (value) => typeof value === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(value),
    options,
  );

export const IsTimeZone = (options?: ValidationOptions) =>
  rule(
    'isTimeZone',
    'must be an IANA time zone such as America/Chicago',
    (value) => {
      if (typeof value !== 'string' || !/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)+$|^UTC$/.test(value))
        return false;
      try {
        new Intl.DateTimeFormat('en-US', { timeZone: value });
        return true;
      } catch {
        return false;
      }
    },
    options,
  );

export const IsUsState = (options?: ValidationOptions) =>
  IsIn(US_STATES, {
    message: `must be a two-letter US state code such as TX (${US_STATES.length} accepted)`,
    ...options,
  });

export const IsEmailAddress = (options?: ValidationOptions) =>
  IsEmail({}, { message: 'must be an email address such as name@example.org', ...options });

/**
 * A phone number a person can dial: US numbers may be written any usual way
 * ("(512) 555-0123"), others with their + country code. Stored as E.164 (+15125550123).
 * Put it above the other decorators: it rewrites the value before they check it.
 */
export function IsPhoneNumber(options?: ValidationOptions) {
  const transform = Transform(({ value }: { value: unknown }) => {
    if (typeof value !== 'string') return value;
    const parsed = parsePhoneNumberFromString(value, 'US');
    return parsed?.isValid() ? parsed.number : value;
  });
  const check = rule(
    'isPhoneNumber',
    'must be a phone number such as (512) 555-0123 or +44 20 7946 0958',
    (value) => typeof value === 'string' && /^\+\d{8,15}$/.test(value),
    options,
  );
  return (target: object, propertyName: string) => {
    transform(target, propertyName);
    check(target, propertyName);
  };
}

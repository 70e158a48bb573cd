import { Transform } from 'class-transformer';

/**
 * Trims text before it is checked, so "   " is refused as empty rather than stored.
 * Put it above the other decorators of the field.
 */
export const Trim = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

export const NOT_EMPTY = { message: 'must not be empty' };

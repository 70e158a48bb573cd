import { Transform } from 'class-transformer';
import { registerDecorator, ValidateIf, type ValidationOptions } from 'class-validator';

/**
 * Input rules particular to families, guardians and students. The shared ones (dates,
 * email, phone) live in @onrecord/platform/graphql.
 */

/** Trims text before it is checked and stored, so "  " counts as empty. */
export const Trim = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/**
 * For update inputs: the field may be left out (unchanged), but `null` is checked by the
 * field's other rules and refused, because the record cannot be without it.
 */
export const Omittable = () => ValidateIf((_object, value) => value !== undefined);

/** The canonical form of a BCP 47 tag ("EN-us" → "en-US"), or null when it is not one. */
export function canonicalLanguageTag(value: string): string | null {
  try {
    const tags = Intl.getCanonicalLocales(value);
    const [tag] = tags;
    return tags.length === 1 && tag ? tag : null;
  } catch {
    return null;
  }
}

/** A BCP 47 language tag such as "es" or "zh-Hant", stored in its canonical form. */
export function IsLanguageTag(options?: ValidationOptions) {
  const transform = Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? (canonicalLanguageTag(value.trim()) ?? value) : value,
  );
  return (target: object, propertyName: string) => {
    transform(target, propertyName);
    registerDecorator({
      name: 'isLanguageTag',
      target: target.constructor,
      propertyName,
      options: { message: 'must be a language tag such as en, es or zh-Hant', ...options },
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && canonicalLanguageTag(value) === value,
      },
    });
  };
}

/** Dates of birth before this are typing mistakes, not students. */
export const EARLIEST_DATE_OF_BIRTH = '1990-01-01';

export function IsPlausibleDateOfBirth(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isPlausibleDateOfBirth',
      target: target.constructor,
      propertyName,
      options: {
        message: `must be on or after ${EARLIEST_DATE_OF_BIRTH}: check the year`,
        ...options,
      },
      validator: {
        // Only judges well-formed dates; IsLocalDate reports the others.
        validate: (value: unknown) =>
          typeof value !== 'string' || !/^\d{4}-/.test(value) || value >= EARLIEST_DATE_OF_BIRTH,
      },
    });
}

/**
 * Disability categories as a list of distinct labels: each trimmed, repeats dropped
 * (ignoring case, keeping the first spelling). Empty entries stay, so a rule can refuse them.
 */
export const DistinctLabels = () =>
  Transform(({ value }: { value: unknown }) => {
    if (!Array.isArray(value)) return value;
    const seen = new Set<string>();
    const labels: unknown[] = [];
    for (const item of value) {
      const label = typeof item === 'string' ? item.trim() : item;
      const key = typeof label === 'string' ? label.toLowerCase() : label;
      if (typeof label === 'string' && label !== '' && seen.has(key as string)) continue;
      seen.add(key as string);
      labels.push(label);
    }
    return labels;
  });

/** Emails are compared and matched in lower case (as accounts are). */
export const NormalizeEmail = () =>
  Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim().toLowerCase() : value,
  );

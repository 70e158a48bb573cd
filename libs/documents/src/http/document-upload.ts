import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { badUserInput } from '@onrecord/platform/errors';
import { NewDocumentFields } from '../api/document.inputs';

/**
 * The upload form's fields, checked by the same rules as GraphQL input: each problem named by
 * its field. Form fields are text: "true"/"false" are read as booleans, an empty field as
 * not given.
 */
export async function newDocumentFields(body: Record<string, unknown>): Promise<NewDocumentFields> {
  const plain = Object.fromEntries(
    Object.entries(body ?? {})
      .filter(([, value]) => value !== '')
      .map(([key, value]) => [
        key,
        key === 'sharedWithFamily' && (value === 'true' || value === 'false')
          ? value === 'true'
          : value,
      ]),
  );
  const fields = plainToInstance(NewDocumentFields, plain);
  const problems = await validate(fields, { whitelist: true, forbidNonWhitelisted: true });
  if (problems.length)
    throw badUserInput(
      problems.map((p) => ({
        field: p.property,
        message: (Object.values(p.constraints ?? {})[0] ?? 'is not valid').replace(
          new RegExp(`^${p.property} `),
          '',
        ),
      })),
    );
  return fields;
}

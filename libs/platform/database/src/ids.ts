/**
 * Every id OnRecord hands out is a UUID. An ID argument that is not one names nothing, so
 * resolvers answer NOT_FOUND without asking PostgreSQL (which would reject the cast).
 */
export const isUuid = (value: string): boolean =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

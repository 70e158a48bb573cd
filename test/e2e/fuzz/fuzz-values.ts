import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
} from 'graphql';

/**
 * Values for the schema-driven fuzz test, derived from the schema alone: a valid-looking
 * baseline for every argument (real ids of a seeded organization, dates in its school year),
 * and hostile variants of each value reachable in the arguments, one at a time.
 */

/** Real ids of the seeded organization, by the GraphQL type they name (`Case`, `Member`…). */
export type SeedIds = Record<string, string>;

export interface Baselines {
  ids: SeedIds;
  /** A school day in the past, inside the seeded school year. */
  schoolDay: string;
  /** A weekday of that year without school. */
  nonSchoolDay: string;
  /** An instant a week from now. */
  instant: string;
}

/** One call of an operation. */
export interface FuzzCase {
  /** `Query.case`, `Mutation.createDistrict`. */
  operation: string;
  /** `baseline`, or the value's path and the variant: `input.name: NUL`. */
  label: string;
  query: string;
  variables: Record<string, unknown>;
  /**
   * The field the input edge must name when refusing this variant (it breaks a rule that
   * holds for every argument: NUL, an empty id, an impossible instant).
   */
  refusedOn?: string;
}

interface Variant {
  name: string;
  value: unknown;
  /** Refused by the input edge whatever the operation. */
  edge?: boolean;
}

/** The email address of baselines; the caller may make it unique per call. */
export const BASELINE_EMAIL = 'fuzz.person@example.org';

const LONG = 'x'.repeat(100_000);
const HOSTILE_TEXT =
  'Robert\'); DROP TABLE "case";-- \u202Eשלום مرحبا 🎒👩‍👧‍👦 %_\\ <script>alert(1)</script>';

const TEXT: Variant[] = [
  { name: 'NUL', value: 'Fuzz\u0000text', edge: true },
  { name: '100k chars', value: LONG },
  { name: 'only spaces', value: '   ' },
  { name: 'empty', value: '' },
  { name: 'RTL, emoji and SQL', value: HOSTILE_TEXT },
];
const DATE_TEXT: Variant[] = [
  { name: 'impossible date', value: '2025-02-30' },
  { name: 'year 0', value: '0000-01-01' },
  { name: 'year 9999', value: '9999-12-31' },
];
const ID: Variant[] = [
  { name: 'empty', value: '', edge: true },
  { name: 'NUL', value: '7f0c1c9e\u0000', edge: true },
  { name: 'SQL-ish', value: "1' OR '1'='1" },
  { name: '100k chars', value: LONG },
];
const INT: Variant[] = [
  { name: '-1', value: -1 },
  { name: '0', value: 0 },
  { name: 'max int', value: 2147483647 },
  { name: 'min int', value: -2147483648 },
  { name: 'beyond int', value: 2147483648 },
];
const FLOAT: Variant[] = [
  { name: '-1', value: -1 },
  { name: '1e308', value: 1e308 },
];
const BOOLEAN: Variant[] = [{ name: 'a string', value: 'yes' }];
const ENUM: Variant[] = [
  { name: 'unknown value', value: 'NOT_A_VALUE' },
  { name: 'empty', value: '' },
];
const DATE_TIME: Variant[] = [
  { name: 'impossible date', value: '2025-02-30T10:00:00Z', edge: true },
  { name: 'a number', value: 1, edge: true },
  { name: 'year 0', value: '0000-01-01T00:00:00Z', edge: true },
  { name: 'year 9999', value: '9999-12-31T23:59:59Z', edge: true },
  { name: 'no offset', value: '2025-10-06T10:00:00', edge: true },
  { name: 'empty', value: '', edge: true },
];
const NULL: Variant = { name: 'null', value: null };

/** A String that holds a date (YYYY-MM-DD) by the field's name. */
const isDateName = (name: string): boolean =>
  /^(on|date|dates|from|to)$|(On|Of|Day|Date|Dates|After|Before)$/.test(name);

function variantsOf(type: GraphQLNamedType, name: string): Variant[] {
  if (isEnumType(type)) return ENUM;
  switch (type.name) {
    case 'String':
      return isDateName(name) ? [...TEXT, ...DATE_TEXT] : TEXT;
    case 'ID':
      return ID;
    case 'Int':
      return INT;
    case 'Float':
      return FLOAT;
    case 'Boolean':
      return BOOLEAN;
    case 'DateTime':
      return DATE_TIME;
    default:
      return [{ name: 'empty', value: '' }];
  }
}

/** What an id argument names, when its name does not say it plainly. */
const ID_KINDS: Record<string, string> = {
  contact: 'SchoolContact',
  respondedByContact: 'SchoolContact',
  recipient: 'SchoolContact',
  response: 'SchoolResponse',
  request: 'WrittenRequest',
  task: 'MeetingTask',
  advocate: 'Member',
  actorUser: 'User',
  apiKey: 'ReportingApiKey',
  tag: 'ObservationTag',
  entry: 'AttendanceEntry',
  note: 'CaseNote',
  rule: 'DeadlineRule',
};

interface Context {
  baselines: Baselines;
  /** The type the operation returns, and its name: what a plain `id` names. */
  operationName: string;
  returnType: string;
}

function idFor(name: string, context: Context): string {
  const { ids } = context.baselines;
  if (name === 'id' || name === 'ids') {
    if (ids[context.returnType]) return ids[context.returnType]!;
    // `followUpPreview(id)`, `completeMeetingTask(id)`: the longest kind the name contains.
    const kinds = Object.keys(ids)
      .filter((kind) => context.operationName.toLowerCase().includes(kind.toLowerCase()))
      .sort((a, b) => b.length - a.length);
    return kinds[0] ? ids[kinds[0]]! : '00000000-0000-4000-8000-000000000000';
  }
  const stem = name.replace(/Ids?$/, '');
  const kind = ID_KINDS[stem] ?? stem.charAt(0).toUpperCase() + stem.slice(1);
  return ids[kind] ?? '00000000-0000-4000-8000-000000000000';
}

function textFor(name: string, context: Context): string {
  // Some ids are text (a deadline rule's), named like ids.
  if (/^(id|[a-zA-Z]+Id)$/.test(name)) return idFor(name, context);
  // A range (`from`, `to`) on a day without school; any other date on a school day.
  if (/^(from|to)$/.test(name)) return context.baselines.nonSchoolDay;
  if (isDateName(name)) return context.baselines.schoolDay;
  if (/email/i.test(name)) return BASELINE_EMAIL;
  if (/timeZone/i.test(name)) return 'America/Chicago';
  if (/^(state|homeState|jurisdiction)$/.test(name)) return 'TX';
  if (/phone/i.test(name)) return '(512) 555-0123';
  if (/Time$/.test(name)) return '09:40';
  if (/password/i.test(name)) return 'correct horse battery staple';
  if (name === 'grade') return '4';
  if (/language/i.test(name)) return 'en';
  return `Fuzz ${name}`;
}

/** A value of `type` that a careful client would send; input objects get their required fields. */
export function baselineOf(type: GraphQLInputType, name: string, context: Context): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [baselineOf(nullable.ofType, name, context)];
  if (isInputObjectType(nullable)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(nullable.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined) {
        value[field.name] = baselineOf(field.type, field.name, context);
      }
    }
    return value;
  }
  if (isEnumType(nullable)) return nullable.getValues()[0]!.name;
  switch (nullable.name) {
    case 'ID':
      return idFor(name, context);
    case 'Int':
      return name === 'first' ? 5 : 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'DateTime':
      return context.baselines.instant;
    default:
      return textFor(name, context);
  }
}

type Key = string | number;

/** A place in the arguments a variant can go, with its type. */
interface Place {
  path: Key[];
  type: GraphQLInputType;
  name: string;
}

/** Every value reachable in an argument: the argument, its fields, items, their fields… */
function placesIn(type: GraphQLInputType, path: Key[], name: string, depth: number): Place[] {
  const here: Place = { path, type, name };
  const nullable = getNullableType(type);
  if (depth > 4) return [here];
  if (isListType(nullable)) {
    return [here, ...placesIn(nullable.ofType, [...path, 0], name, depth + 1)];
  }
  if (isInputObjectType(nullable)) {
    return [
      here,
      ...Object.values(nullable.getFields()).flatMap((field) =>
        placesIn(field.type, [...path, field.name], field.name, depth + 1),
      ),
    ];
  }
  return [here];
}

/** `value` with `replacement` at `path`, creating the objects and lists on the way. */
function put(
  value: unknown,
  type: GraphQLInputType,
  path: Key[],
  replacement: unknown,
  context: Context,
  name: string,
): unknown {
  if (path.length === 0) return replacement;
  const nullable = getNullableType(type);
  const [key, ...rest] = path;
  if (isListType(nullable)) {
    const items = Array.isArray(value) ? [...value] : [baselineOf(nullable.ofType, name, context)];
    items[0] = put(items[0], nullable.ofType, rest, replacement, context, name);
    return items;
  }
  if (isInputObjectType(nullable)) {
    const record =
      value && typeof value === 'object'
        ? { ...(value as Record<string, unknown>) }
        : (baselineOf(nullable, name, context) as Record<string, unknown>);
    const field = nullable.getFields()[key as string]!;
    record[field.name] = put(
      record[field.name],
      field.type,
      rest,
      replacement,
      context,
      field.name,
    );
    return record;
  }
  return replacement;
}

/** The field the input edge names for a path: `input.` of a single input object dropped. */
function edgeField(argument: GraphQLArgument, path: Key[]): string {
  const inner = argument.name === 'input' && isInputObjectType(getNamedType(argument.type));
  return (inner ? path.slice(1) : path).join('.');
}

function documentOf(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  variables: Record<string, unknown>,
): string {
  const used = field.args.filter((argument) => argument.name in variables);
  const declarations = used.map((argument) => `$${argument.name}: ${String(argument.type)}`);
  const passed = used.map((argument) => `${argument.name}: $${argument.name}`);
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  return (
    `${kind} Fuzz${declarations.length ? `(${declarations.join(', ')})` : ''} ` +
    `{ ${field.name}${passed.length ? `(${passed.join(', ')})` : ''}${selection} }`
  );
}

/**
 * The baseline call of an operation and one call per hostile variant of every value
 * reachable in its arguments (the others kept at their baseline).
 */
export function casesOf(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  baselines: Baselines,
): FuzzCase[] {
  const operation = `${kind === 'query' ? 'Query' : 'Mutation'}.${field.name}`;
  const context: Context = {
    baselines,
    operationName: field.name,
    returnType: getNamedType(field.type).name,
  };
  const baseline: Record<string, unknown> = {};
  for (const argument of field.args) {
    if (isNonNullType(argument.type) && argument.defaultValue === undefined) {
      baseline[argument.name] = baselineOf(argument.type, argument.name, context);
    }
  }
  const cases: FuzzCase[] = [
    {
      operation,
      label: 'baseline',
      query: documentOf(kind, field, baseline),
      variables: baseline,
    },
  ];
  for (const argument of field.args) {
    for (const place of placesIn(argument.type, [argument.name], argument.name, 0)) {
      const named = getNamedType(place.type);
      const leaf = !isInputObjectType(named) && !isListType(getNullableType(place.type));
      const variants: Variant[] = [NULL];
      if (leaf) variants.push(...variantsOf(named, place.name));
      else if (isListType(getNullableType(place.type))) {
        variants.push({ name: 'empty list', value: [] });
        const item = baselineOf(getNullableType(place.type), place.name, context) as unknown[];
        variants.push({ name: '500 items', value: Array.from({ length: 500 }, () => item[0]) });
      }
      for (const variant of variants) {
        const [, ...inner] = place.path;
        const variables = { ...baseline };
        variables[argument.name] = put(
          baseline[argument.name],
          argument.type,
          inner,
          variant.value,
          context,
          argument.name,
        );
        cases.push({
          operation,
          label: `${place.path.join('.')}: ${variant.name}`,
          query: documentOf(kind, field, variables),
          variables,
          refusedOn: variant.edge ? edgeField(argument, place.path) : undefined,
        });
      }
    }
  }
  return cases;
}

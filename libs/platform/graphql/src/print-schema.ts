import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';

const HEADER =
  '# OnRecord GraphQL schema. Generated from the code (npm run schema:emit); do not edit by hand.\n' +
  '# It is the contract with the web app and reporting clients: change it deliberately.\n\n';

/** The schema as committed at apps/api/schema.graphql. */
export function printCommittedSchema(schema: GraphQLSchema): string {
  return `${HEADER}${printSchema(lexicographicSortSchema(schema))}\n`;
}

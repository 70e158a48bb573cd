import { GraphQLError, type ValidationContext } from 'graphql';

export const COST_LIMIT_MESSAGE =
  'This query asks for too much at once: ask for smaller pages (first) or fewer fields, or split it into several queries.';

/**
 * Reports a graphql-armor refusal as a validation error of the document, without the
 * "Syntax Error: " its messages start with (the document is well-formed; it is too big).
 */
export function armorRefusal(context: ValidationContext | null, error: GraphQLError): void {
  context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, '')));
}

import {
  Kind,
  parse,
  visit,
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
} from 'graphql';

/** A `graphql(`…`)` call of GraphQL Code Generator's client preset, with its text. */
export const GRAPHQL_CALL = /\bgraphql\(\s*`([\s\S]*?)`\s*\)/g;

/** Every fragment the app's `graphql()` calls define, by name, from the sources' texts. */
export function fragmentsIn(sources: Iterable<string>): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const source of sources)
    for (const [, text = ''] of source.matchAll(GRAPHQL_CALL))
      for (const definition of parse(text, { noLocation: true }).definitions)
        if (definition.kind === Kind.FRAGMENT_DEFINITION)
          fragments.set(definition.name.value, definition);
  return fragments;
}

/** The fragment names a definition spreads. */
function spreadsOf(definition: DefinitionNode): string[] {
  const names: string[] = [];
  visit(definition, { FragmentSpread: (node) => void names.push(node.name.value) });
  return names;
}

/**
 * One call's document, with the definitions of the fragments it spreads (and those they
 * spread) from wherever in the app they are defined: the api is sent a whole document, as the
 * preset's Babel plugin would send it. An unknown fragment is left for the api to name.
 */
export function compileDocument(
  text: string,
  fragments: Map<string, FragmentDefinitionNode>,
): DocumentNode {
  const document = parse(text, { noLocation: true });
  const definitions = [...document.definitions];
  const present = new Set(
    definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [d.name.value] : [])),
  );
  // Grows while it is read: a fragment added is looked into in turn.
  for (const definition of definitions)
    for (const name of spreadsOf(definition)) {
      const fragment = fragments.get(name);
      if (present.has(name) || !fragment) continue;
      present.add(name);
      definitions.push(fragment);
    }
  return { ...document, definitions };
}

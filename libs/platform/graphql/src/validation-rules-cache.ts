import { getMetadataStorage } from 'class-validator';

type MetadataStorage = ReturnType<typeof getMetadataStorage>;
type Rules = ReturnType<MetadataStorage['getTargetValidationMetadatas']>;

let installed = false;

/**
 * Keeps, per validated class, the rules class-validator finds for it. class-validator looks
 * for a class's inherited rules by testing it against every validated class there is, at
 * every validate() (typestack/class-validator#2686): with OnRecord's few hundred input classes
 * that was 0.2 ms of a caseload page's CPU, for a tiny set of arguments. A class's rules are
 * all declared by the time it exists (decorators run as it is defined, its ancestors' before
 * it), so the answer cannot change; a rule added later anyway forgets every kept answer.
 * Installed once per process; the storage is class-validator's global one.
 */
export function keepValidationRules(): void {
  if (installed) return;
  installed = true;
  const storage = getMetadataStorage();
  let kept = new WeakMap<object, Map<string, Rules>>();
  const lookUp = storage.getTargetValidationMetadatas.bind(storage);
  const addRule = storage.addValidationMetadata.bind(storage);
  storage.addValidationMetadata = (rule) => {
    kept = new WeakMap();
    addRule(rule);
  };
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    const key = `${schema}\u0000${always}\u0000${strictGroups}\u0000${(groups ?? []).join('\u0000')}`;
    let answers = kept.get(target);
    if (!answers) kept.set(target, (answers = new Map()));
    let rules = answers.get(key);
    if (!rules) answers.set(key, (rules = lookUp(target, schema, always, strictGroups, groups)));
    return rules;
  };
}

/**
 * The triggers and barriers every organization starts with, drawn from what advocates and
 * school-avoidance guidance see most. Keys are stable (reports may group by them); labels are
 * what an attendance entry stores and what people pick. An organization adds its own labels
 * as observation tags.
 */
/**
 * The languages a trigger label is given in besides English (the label itself): the ones the
 * portal and OnRecord's messages to families are written in.
 */
export const TRIGGER_LANGUAGES = ['es'] as const;
export type TriggerLanguage = (typeof TRIGGER_LANGUAGES)[number];

/** A trigger's label in each other language, e.g. { es: 'Ruido fuerte' }. */
export type TriggerTranslations = Partial<Record<TriggerLanguage, string>>;

export interface BuiltInTrigger {
  key: string;
  /** The label entries store (English). */
  label: string;
  /**
   * The same trigger in the other languages OnRecord speaks (the portal's Spanish): a guardian
   * or advocate may write it either way; the entry stores `label`.
   */
  translations: Required<TriggerTranslations>;
}

export const BUILT_IN_TRIGGERS: readonly BuiltInTrigger[] = [
  {
    key: 'morning_transition',
    label: 'Morning transition',
    translations: { es: 'Transición de la mañana' },
  },
  {
    key: 'specific_class',
    label: 'Specific class',
    translations: { es: 'Una clase en particular' },
  },
  { key: 'peer', label: 'Peer', translations: { es: 'Un compañero' } },
  { key: 'staff_member', label: 'Staff member', translations: { es: 'Un miembro del personal' } },
  { key: 'sensory', label: 'Sensory', translations: { es: 'Sensorial' } },
  { key: 'academic_demand', label: 'Academic demand', translations: { es: 'Exigencia académica' } },
  { key: 'health_somatic', label: 'Health/somatic', translations: { es: 'Salud/somático' } },
  { key: 'loud_noise', label: 'Loud noise', translations: { es: 'Ruido fuerte' } },
  {
    key: 'change_in_routine',
    label: 'Change in routine',
    translations: { es: 'Cambio de rutina' },
  },
  {
    key: 'comparison_with_peers',
    label: 'Comparison with peers',
    translations: { es: 'Comparación con compañeros' },
  },
  {
    key: 'transition_between_classes',
    label: 'Transition between classes',
    translations: { es: 'Transición entre clases' },
  },
];

/** How labels are compared: case and surrounding or repeated spaces do not matter. */
export const labelKey = (label: string): string => label.trim().replace(/\s+/g, ' ').toLowerCase();

export const tidyLabel = (label: string): string => label.trim().replace(/\s+/g, ' ');

/**
 * How a typed trigger is matched to a known one: besides case and spaces, accents and the
 * spaces around a slash do not matter ("health / SOMATIC" is "Health/somatic", "transicion de
 * la manana" is "Transición de la mañana"). Not for SQL: labelKey is what the database's
 * lower(label) compares with.
 */
export const matchKey = (label: string): string =>
  labelKey(label)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s*\/\s*/g, '/');

/** Every label of a built-in trigger, in each language. */
export const builtInLabels = (trigger: BuiltInTrigger): string[] => [
  trigger.label,
  ...Object.values(trigger.translations),
];

export function builtInTriggerFor(label: string): BuiltInTrigger | undefined {
  const key = matchKey(label);
  return BUILT_IN_TRIGGERS.find((trigger) =>
    builtInLabels(trigger).some((l) => matchKey(l) === key),
  );
}

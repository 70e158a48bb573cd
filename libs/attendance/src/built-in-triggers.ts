/**
 * The triggers and barriers every organization starts with, drawn from what advocates and
 * school-avoidance guidance see most. Keys are stable (reports may group by them); labels are
 * what an attendance entry stores and what people pick. An organization adds its own labels
 * as observation tags.
 */
export interface BuiltInTrigger {
  key: string;
  label: string;
}

export const BUILT_IN_TRIGGERS: readonly BuiltInTrigger[] = [
  { key: 'morning_transition', label: 'Morning transition' },
  { key: 'specific_class', label: 'Specific class' },
  { key: 'peer', label: 'Peer' },
  { key: 'staff_member', label: 'Staff member' },
  { key: 'sensory', label: 'Sensory' },
  { key: 'academic_demand', label: 'Academic demand' },
  { key: 'health_somatic', label: 'Health/somatic' },
  { key: 'loud_noise', label: 'Loud noise' },
  { key: 'change_in_routine', label: 'Change in routine' },
  { key: 'comparison_with_peers', label: 'Comparison with peers' },
  { key: 'transition_between_classes', label: 'Transition between classes' },
];

/** How labels are compared: case and surrounding or repeated spaces do not matter. */
export const labelKey = (label: string): string => label.trim().replace(/\s+/g, ' ').toLowerCase();

export const tidyLabel = (label: string): string => label.trim().replace(/\s+/g, ' ');

export function builtInTriggerFor(label: string): BuiltInTrigger | undefined {
  const key = labelKey(label);
  return BUILT_IN_TRIGGERS.find((trigger) => labelKey(trigger.label) === key);
}

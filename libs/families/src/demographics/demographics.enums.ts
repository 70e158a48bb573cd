import { registerEnumType } from '@nestjs/graphql';

/**
 * A child's race or ethnicity as parent centers report it to their funder (one category per
 * child; "two or more races" is a category). DECLINED_TO_STATE is always offered: the family
 * may not want to say, and that is recorded rather than guessed.
 */
export enum RaceEthnicity {
  AMERICAN_INDIAN_OR_ALASKA_NATIVE = 'AMERICAN_INDIAN_OR_ALASKA_NATIVE',
  ASIAN = 'ASIAN',
  BLACK_OR_AFRICAN_AMERICAN = 'BLACK_OR_AFRICAN_AMERICAN',
  HISPANIC_OR_LATINO = 'HISPANIC_OR_LATINO',
  NATIVE_HAWAIIAN_OR_PACIFIC_ISLANDER = 'NATIVE_HAWAIIAN_OR_PACIFIC_ISLANDER',
  WHITE = 'WHITE',
  TWO_OR_MORE_RACES = 'TWO_OR_MORE_RACES',
  DECLINED_TO_STATE = 'DECLINED_TO_STATE',
}
registerEnumType(RaceEthnicity, { name: 'RaceEthnicity' });

/**
 * The one disability category a child is counted under in funder reports: IDEA's categories
 * (34 CFR 300.8) and developmental delay, or not identified yet (a child being evaluated, or
 * on a Section 504 plan only), or declined. The student's `disabilityCategories` keep the
 * family's own words; this is the reporting category.
 */
export enum DisabilityCategory {
  AUTISM = 'AUTISM',
  DEAF_BLINDNESS = 'DEAF_BLINDNESS',
  DEVELOPMENTAL_DELAY = 'DEVELOPMENTAL_DELAY',
  EMOTIONAL_DISTURBANCE = 'EMOTIONAL_DISTURBANCE',
  HEARING_IMPAIRMENT = 'HEARING_IMPAIRMENT',
  INTELLECTUAL_DISABILITY = 'INTELLECTUAL_DISABILITY',
  MULTIPLE_DISABILITIES = 'MULTIPLE_DISABILITIES',
  ORTHOPEDIC_IMPAIRMENT = 'ORTHOPEDIC_IMPAIRMENT',
  OTHER_HEALTH_IMPAIRMENT = 'OTHER_HEALTH_IMPAIRMENT',
  SPECIFIC_LEARNING_DISABILITY = 'SPECIFIC_LEARNING_DISABILITY',
  SPEECH_OR_LANGUAGE_IMPAIRMENT = 'SPEECH_OR_LANGUAGE_IMPAIRMENT',
  TRAUMATIC_BRAIN_INJURY = 'TRAUMATIC_BRAIN_INJURY',
  VISUAL_IMPAIRMENT = 'VISUAL_IMPAIRMENT',
  NOT_IDENTIFIED = 'NOT_IDENTIFIED',
  DECLINED_TO_STATE = 'DECLINED_TO_STATE',
}
registerEnumType(DisabilityCategory, {
  name: 'DisabilityCategory',
  valuesMap: {
    NOT_IDENTIFIED: {
      description: 'No IDEA category (yet): being evaluated, suspected, or a 504 plan only.',
    },
  },
});

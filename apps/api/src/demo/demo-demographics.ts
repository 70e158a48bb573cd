import { DisabilityCategory, RaceEthnicity } from '@onrecord/families';

/**
 * What the demo's families said when asked the questions funders ask (their demographics),
 * by household: where they live (or that they declined to say), the child's race or
 * ethnicity and the category they are counted under. A family missing here was not asked yet
 * (a case still at intake). Each guardian's primary language is the one they speak to us in,
 * unless their family declined to say it.
 */
export interface DemoDemographics {
  county: string | null;
  postalCode: string | null;
  raceEthnicity: RaceEthnicity;
  primaryDisability: DisabilityCategory;
  languageDeclined?: boolean;
}

const {
  ASIAN,
  BLACK_OR_AFRICAN_AMERICAN,
  DECLINED_TO_STATE,
  HISPANIC_OR_LATINO,
  TWO_OR_MORE_RACES,
  WHITE,
} = RaceEthnicity;
const {
  AUTISM,
  EMOTIONAL_DISTURBANCE,
  NOT_IDENTIFIED,
  OTHER_HEALTH_IMPAIRMENT,
  SPECIFIC_LEARNING_DISABILITY,
} = DisabilityCategory;

export const DEMO_DEMOGRAPHICS: Record<string, DemoDemographics> = {
  'Navarro household': {
    county: 'Los Angeles',
    postalCode: '90033',
    raceEthnicity: HISPANIC_OR_LATINO,
    primaryDisability: NOT_IDENTIFIED,
  },
  'Osei household': {
    county: 'Kings',
    postalCode: '11216',
    raceEthnicity: BLACK_OR_AFRICAN_AMERICAN,
    primaryDisability: EMOTIONAL_DISTURBANCE,
  },
  'Kowalski household': {
    county: 'Allegheny',
    postalCode: '15212',
    raceEthnicity: WHITE,
    primaryDisability: NOT_IDENTIFIED,
  },
  'Brennan household': {
    county: 'Middlesex',
    postalCode: '02139',
    raceEthnicity: WHITE,
    primaryDisability: OTHER_HEALTH_IMPAIRMENT,
  },
  'Johnson household': {
    county: null,
    postalCode: null,
    raceEthnicity: DECLINED_TO_STATE,
    primaryDisability: NOT_IDENTIFIED,
    languageDeclined: true,
  },
  'Reyes household': {
    county: 'Escambia',
    postalCode: '32501',
    raceEthnicity: HISPANIC_OR_LATINO,
    primaryDisability: OTHER_HEALTH_IMPAIRMENT,
  },
  'Shah household': {
    county: 'Middlesex',
    postalCode: '08817',
    raceEthnicity: ASIAN,
    primaryDisability: SPECIFIC_LEARNING_DISABILITY,
  },
  'Carter household': {
    county: 'Richmond City',
    postalCode: '23220',
    raceEthnicity: TWO_OR_MORE_RACES,
    primaryDisability: OTHER_HEALTH_IMPAIRMENT,
  },
  'Martinez household': {
    county: 'Travis',
    postalCode: '78741',
    raceEthnicity: HISPANIC_OR_LATINO,
    primaryDisability: NOT_IDENTIFIED,
  },
  'Novak household': {
    county: 'Cook',
    postalCode: '60629',
    raceEthnicity: WHITE,
    primaryDisability: SPECIFIC_LEARNING_DISABILITY,
  },
  'Williams household': {
    county: 'Fulton',
    postalCode: '30310',
    raceEthnicity: BLACK_OR_AFRICAN_AMERICAN,
    primaryDisability: AUTISM,
  },
};

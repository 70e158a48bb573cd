/**
 * What a district calendar's event is, from its name as districts write it ("First Day of
 * School", "Winter Break", "Teacher Workday — No Students", "Salida temprana"…), in English
 * and Spanish, accents, case and punctuation ignored. Pure: a table of patterns, no guessing —
 * a name that matches none is not understood, and the person reviewing the import decides.
 */

export type EventKind =
  /** The first instructional day for students. */
  | 'FIRST_DAY'
  /** The last instructional day for students. */
  | 'LAST_DAY'
  /** A day (or days) without school for students. */
  | 'CLOSURE'
  /** Something that happens on a school day: an early dismissal, a meeting, report cards. */
  | 'SCHOOL_DAY';

export interface RecognizedEvent {
  kind: EventKind;
  /**
   * True for names that say something happens at a time of day (conferences): timed, it is a
   * school-day event; as an all-day event some districts close for it and some do not, so it
   * is left for the person reviewing to decide.
   */
  unclearAllDay?: true;
}

interface Pattern extends RecognizedEvent {
  pattern: RegExp;
}

/** Lower case, accents off, dashes and punctuation as spaces: "Día Festivo — " → "dia festivo". */
export function normalizeEventName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const closure = (pattern: RegExp): Pattern => ({ kind: 'CLOSURE', pattern });
const first = (pattern: RegExp): Pattern => ({ kind: 'FIRST_DAY', pattern });
const last = (pattern: RegExp): Pattern => ({ kind: 'LAST_DAY', pattern });
const schoolDay = (pattern: RegExp): Pattern => ({ kind: 'SCHOOL_DAY', pattern });

/**
 * In order, the first match wins. Saying outright that students have no school comes first
 * ("Parent-Teacher Conferences — No School" is a closure); then the first and last day
 * ("Last Day of School — Early Release" is the last day); then what happens on a school day
 * ("Holiday Concert" is not a holiday); then the names of breaks and holidays.
 */
export const EVENT_NAME_PATTERNS: readonly Pattern[] = [
  // Says there is no school for students.
  closure(/\bno school\b/),
  closure(/\bschools? (are |is )?closed\b/),
  closure(/\bno students?\b/),
  closure(/\bstudents? holiday\b/),
  closure(/\bno classes\b/),
  closure(/\bno hay (clases|escuela)\b/),
  closure(/\bno habra (clases|escuela)\b/),
  closure(/\bsin (clases|escuela|estudiantes|alumnos)\b/),
  closure(/\bescuelas? cerradas?\b/),
  closure(/\bdia festivo (para|de) (los )?(estudiantes|alumnos)\b/),

  // The first instructional day.
  first(/\bfirst day (of|for) (school|students?|classes|class|instruction)\b/),
  first(/\bfirst day of the school year\b/),
  first(/\bfirst (student|instructional) day\b/),
  first(/\bprimer dia de (clases|escuela|instruccion)\b/),
  first(/\bprimer dia (para|de) (los )?(estudiantes|alumnos)\b/),
  first(/\bprimer dia del (ano|ciclo|curso) escolar\b/),
  first(/\binicio de (clases|curso|ano escolar)\b/),
  first(/\binicio del (ano|ciclo|curso) escolar\b/),

  // The last instructional day.
  last(/\blast day (of|for) (school|students?|classes|class|instruction)\b/),
  last(/\blast day of the school year\b/),
  last(/\blast (student|instructional) day\b/),
  last(/\bultimo dia de (clases|escuela|instruccion)\b/),
  last(/\bultimo dia (para|de) (los )?(estudiantes|alumnos)\b/),
  last(/\bultimo dia del (ano|ciclo|curso) escolar\b/),
  last(/\bfin de (clases|curso)\b/),
  last(/\bfin del (ano|ciclo|curso) escolar\b/),

  // Happens on a school day: never a closure.
  schoolDay(/\bearly (dismissal|release|out)\b/),
  schoolDay(/\bhalf day\b/),
  schoolDay(/\b(minimum|shortened) day\b/),
  schoolDay(/\b(late|delayed) (start|arrival|opening)\b/),
  schoolDay(/\bsalida (temprana|anticipada)\b/),
  schoolDay(/\bmedio dia\b/),
  schoolDay(/\bdia minimo\b/),
  schoolDay(/\bpicture (day|retakes?)\b/),
  schoolDay(/\b(school )?photos?\b/),
  schoolDay(/\bfotos?\b/),
  { kind: 'SCHOOL_DAY', unclearAllDay: true, pattern: /\bconferences?\b/ },
  { kind: 'SCHOOL_DAY', unclearAllDay: true, pattern: /\bconferencias?\b/ },
  schoolDay(/\b(board|committee|pta|pto|parent) meeting\b/),
  schoolDay(/\bmeeting\b/),
  schoolDay(/\b(junta|reunion|sesion)\b/),
  schoolDay(/\breport cards?\b/),
  schoolDay(/\bprogress reports?\b/),
  schoolDay(/\b(boletas?|reportes?) de (calificaciones|progreso)\b/),
  schoolDay(
    /\bend of (the )?((first|second|1st|2nd|fall|spring) )?(grading period|quarter|semester|trimester|six weeks|nine weeks)\b/,
  ),
  schoolDay(
    /\b(first day|start|beginning) of (the )?(second |2nd )?(semester|quarter|trimester)\b/,
  ),
  schoolDay(/\b(fin|inicio) del? (periodo|semestre|trimestre)\b/),
  schoolDay(/\bopen house\b/),
  schoolDay(/\bback to school (night|bash|event)\b/),
  schoolDay(/\b(casa abierta|noche de regreso a clases)\b/),
  schoolDay(/\b(concert|performance|game|festival|fair|assembly|graduation|ceremony)\b/),
  // "Holiday Party", "Winter Program": events on a school day, whatever season they name.
  schoolDay(/\b(program|party|celebration|parade|dance|show|musical|recital|luncheon)\b/),
  schoolDay(/\b(celebracion|desfile|baile|programa|posada)\b/),
  schoolDay(/\b(concierto|graduacion|ceremonia|feria)\b/),
  schoolDay(/\b(testing|test|exams?|assessments?|staar|examenes|pruebas)\b/),
  schoolDay(/\b(make ?up|makeup|weather|bad weather) day\b/),
  schoolDay(/\bdia de reposicion\b/),
  schoolDay(/\bfirst day for teachers\b/),
  schoolDay(/\bteachers? (report|return)\b/),

  // Breaks and holidays.
  closure(
    /\b(winter|spring|fall|autumn|thanksgiving|holiday|christmas|easter|mid ?winter|february|ski|semester|intersession) (break|recess|vacation|holidays?)\b/,
  ),
  closure(/\bbreak\b/),
  closure(/\brecess\b/),
  closure(/\bholidays?\b/),
  closure(/\bthanksgiving\b/),
  closure(
    /\b(christmas|new years?|labor|memorial|independence|veterans|columbus|presidents|cesar chavez|lincolns?|washingtons?) (day|eve|birthday)\b/,
  ),
  closure(/\bindigenous peoples?s? day\b/),
  closure(/\b(mlk|martin luther king)\b/),
  closure(/\bjuneteenth\b/),
  closure(/\bgood friday\b/),
  closure(/\b(teacher|staff) (work ?day|planning day|in ?service)\b/),
  closure(/\b(staff|professional) development( day)?\b/),
  closure(/\bin ?service day\b/),
  closure(/\bvacaciones\b/),
  closure(/\b(dia )?(festivo|feriado)\b/),
  closure(/\breceso\b/),
  closure(/\bdescanso\b/),
  closure(/\baccion de gracias\b/),
  closure(/\bnavidad\b/),
  closure(/\bano nuevo\b/),
  closure(/\bsemana santa\b/),
  closure(/\bdia del trabajo\b/),
  closure(/\bdia de (los )?(veteranos|caidos|presidentes|la independencia|la raza)\b/),
  closure(/\bdia de (trabajo|planificacion) (de|para) (los )?maestros\b/),
  closure(/\bdia de (desarrollo|capacitacion) (profesional|del personal)\b/),
];

/** The kind of event its name says, or null when no pattern matches (not understood). */
export function recognizeEventName(name: string): RecognizedEvent | null {
  const normalized = normalizeEventName(name);
  if (!normalized) return null;
  const found = EVENT_NAME_PATTERNS.find(({ pattern }) => pattern.test(normalized));
  return found
    ? { kind: found.kind, ...(found.unclearAllDay ? { unclearAllDay: true } : {}) }
    : null;
}

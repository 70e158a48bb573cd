import { normalizeEventName, recognizeEventName } from './calendar-event-names';

const kindOf = (name: string) => recognizeEventName(name)?.kind ?? null;

describe('recognizeEventName', () => {
  it('ignores accents, case and punctuation', () => {
    expect(normalizeEventName('  Día Festivo — NO HAY CLASES!  ')).toBe(
      'dia festivo no hay clases',
    );
    expect(normalizeEventName("Presidents' Day")).toBe('presidents day');
  });

  it.each([
    'First Day of School',
    'FIRST DAY FOR STUDENTS',
    'First day of school (grades 1-12)',
    'First Student Day',
    'First Instructional Day',
    'First Day of the School Year',
    'Primer día de clases',
    'PRIMER DIA DE CLASES',
    'Primer día para los estudiantes',
    'Primer día del ciclo escolar',
    'Inicio de clases',
  ])('%s is the first day', (name) => {
    expect(kindOf(name)).toBe('FIRST_DAY');
  });

  it.each([
    'Last Day of School',
    'Last Day for Students',
    'Last Day of School — Early Release',
    'Last Instructional Day',
    'Último día de clases',
    'ultimo dia de clases - salida temprana',
    'Último día para los alumnos',
    'Fin de clases',
    'Fin del año escolar',
  ])('%s is the last day', (name) => {
    expect(kindOf(name)).toBe('LAST_DAY');
  });

  it.each([
    'Winter Break',
    'Spring Break',
    'Fall Break',
    'Thanksgiving Break',
    'Thanksgiving Holiday',
    'Thanksgiving',
    'Labor Day',
    'Memorial Day',
    'Veterans Day',
    "Presidents' Day",
    'Martin Luther King Jr. Day',
    'MLK Day',
    'Juneteenth',
    'Good Friday',
    'Holiday',
    'Student Holiday',
    'Holidays',
    'No School',
    'NO SCHOOL - Election Day',
    'School Closed',
    'Teacher Workday — No Students',
    'Teacher Workday',
    'Staff Development Day (No Students)',
    'Professional Development – Student Holiday',
    'Professional Development Day',
    'Parent-Teacher Conferences — No School',
    'Vacaciones de invierno',
    'Vacaciones de primavera',
    'Día festivo',
    'DIA FESTIVO',
    'Día feriado',
    'No hay clases',
    'No hay clases — día de trabajo para maestros',
    'Receso de Acción de Gracias',
    'Día del Trabajo',
    'Día de los Caídos',
    'Día de desarrollo profesional',
    'Escuelas cerradas',
  ])('%s is a day without school', (name) => {
    expect(kindOf(name)).toBe('CLOSURE');
  });

  it.each([
    'Early Dismissal',
    'Early Release',
    'Early Release Day',
    'Half Day',
    'Minimum Day',
    'Late Start Wednesday',
    'Salida temprana',
    'Salida anticipada',
    'Medio día',
    'Picture Day',
    'School Photos',
    'Día de fotos',
    'Board Meeting',
    'School Board Meeting',
    'Reunión de la mesa directiva',
    'Report cards',
    'Report Cards Go Home',
    'Progress Reports',
    'Entrega de boletas de calificaciones',
    'End of Grading Period',
    'End of First Semester',
    'Fin del semestre',
    'Back to School Night',
    'Open House',
    'Holiday Concert',
    'Holiday Party',
    'Winter Program',
    'Celebración navideña',
    'STAAR Testing',
    'Graduation',
    'Bad Weather Make-Up Day',
    'First Day for Teachers',
  ])('%s is a school day', (name) => {
    expect(kindOf(name)).toBe('SCHOOL_DAY');
  });

  it('leaves conferences to the reviewer when they fill a day', () => {
    expect(recognizeEventName('Parent-Teacher Conferences')).toEqual({
      kind: 'SCHOOL_DAY',
      unclearAllDay: true,
    });
    expect(recognizeEventName('Conferencias de padres y maestros')).toEqual({
      kind: 'SCHOOL_DAY',
      unclearAllDay: true,
    });
  });

  it.each([
    '',
    '   ',
    'Pep Rally',
    'Spirit Week: Pajama Day',
    'Cumpleaños del director',
    'Wellness',
  ])('%p is not understood: not guessed', (name) => {
    expect(recognizeEventName(name)).toBeNull();
  });
});

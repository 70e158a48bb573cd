import { SIGNATURE } from './signature';
import type { EmailWords, MessageTemplate, Words } from './words';

/**
 * Every sentence OnRecord's emails say to families in Spanish (usted; worded so that it reads
 * right for one guardian or two: "su familia", "de su parte"): the messages to families, the
 * words their merge values need, and the family portal's emails. The same as en.ts says in
 * English; messages to schools are English only.
 */

/** The end of an update: nothing to do, and a phone call should be put in writing. */
const NOTHING_TO_DO = `Por ahora no hay nada que hacer de su parte. Si alguien de la escuela se comunica con su familia sobre esto, por teléfono o en persona, me gustaría saberlo; lo mejor es pedirle a esa persona que lo envíe por escrito.`;

/** The request's deadline as the family should read it: the rule, or the day we asked for. */
const FAMILY_DEADLINE = `{{#deadline.dueOn}}{{#deadline.setByHand}} Le pedimos a la escuela que respondiera a más tardar el {{deadline.dueOn}}, una fecha fijada por su defensor ({{deadline.setByHand}}){{#deadline.ruleDueOn}}; la norma ({{deadline.ruleCitation}}) daba el {{deadline.ruleDueOn}}{{/deadline.ruleDueOn}}.{{/deadline.setByHand}}{{^deadline.setByHand}} {{^deadline.organizationDefault}}La escuela tenía hasta el {{deadline.dueOn}} para responder{{#deadline.citation}} (la norma es {{deadline.citation}}){{/deadline.citation}}.{{/deadline.organizationDefault}}{{#deadline.organizationDefault}}Le pedimos a la escuela que respondiera a más tardar el {{deadline.dueOn}}.{{/deadline.organizationDefault}}{{/deadline.setByHand}}{{/deadline.dueOn}}`;

/** What the school promised, after we asked (the start of a commitment's paragraph). */
const FAMILY_PROMISED = `Después de que le pedimos a la escuela por escrito {{request.type}} para {{student.name}}, la escuela prometió{{#commitment.promisedOn}}, el {{commitment.promisedOn}},{{/commitment.promisedOn}} hacer lo siguiente a más tardar el {{commitment.dueOn}}: "{{commitment.description}}".`;

/** To the family: a follow-up went to the school: what was asked, what is late, what next. */
const GUARDIAN_UPDATE: MessageTemplate = {
  subject: `Novedades sobre {{student.name}}: escribí de nuevo a la escuela sobre {{#commitment.description}}lo que prometió hacer{{/commitment.description}}{{^commitment.description}}la solicitud de {{request.type}}{{/commitment.description}}`,
  body: [
    'Hola, {{recipients}}:',
    `{{^commitment.description}}Hoy le envié a la escuela mi {{followUp.number}} mensaje de seguimiento por escrito sobre {{student.name}} y la solicitud de {{request.type}}. Hicimos esa solicitud por escrito el {{request.sentOn}}.${FAMILY_DEADLINE} La escuela no ha respondido por escrito.{{/commitment.description}}{{#commitment.description}}Hoy le envié a la escuela mi {{followUp.number}} mensaje de seguimiento por escrito sobre {{student.name}} y lo que la escuela prometió hacer. Después de que pedimos por escrito {{request.type}}, la escuela prometió hacer lo siguiente a más tardar el {{commitment.dueOn}}: "{{commitment.description}}". No tenemos nada por escrito que muestre que se hizo.{{/commitment.description}}`,
    `Le pedí a la escuela que respondiera por escrito a más tardar el {{respondBy}}.{{#commitment.description}} También pregunté qué se hará para apoyar a {{student.name}} mientras tanto.{{/commitment.description}}`,
    `Lo que sigue: si la escuela responde, compartiré con su familia lo que diga y decidiremos juntos el siguiente paso. Si no responde, volveré a escribirle y, si hace falta, escribiré a alguien con más autoridad en la escuela o en el distrito. ${NOTHING_TO_DO}`,
    'Saludos cordiales,',
    SIGNATURE,
  ].join('\n\n'),
};

/** To the family: the request (or the school's commitment) is past its deadline. */
const GUARDIAN_OVERDUE: MessageTemplate = {
  subject: `Novedades sobre {{student.name}}: {{^commitment.description}}la escuela no ha respondido a la solicitud de {{request.type}}{{#deadline.dueOn}}; el plazo venció el {{deadline.dueOn}}{{/deadline.dueOn}}{{/commitment.description}}{{#commitment.description}}la escuela no ha confirmado por escrito que hizo lo que prometió{{/commitment.description}}`,
  body: [
    'Hola, {{recipients}}:',
    `{{^commitment.description}}El {{request.sentOn}}, le pedimos por escrito a la escuela de {{student.name}} {{request.type}}.${FAMILY_DEADLINE}{{#deadline.dueOn}}{{#daysOverdue}} Esa fecha pasó hace {{daysOverdue}}.{{/daysOverdue}}{{/deadline.dueOn}} La escuela no ha respondido por escrito.{{/commitment.description}}{{#commitment.description}}${FAMILY_PROMISED}{{#daysOverdue}} Esa fecha pasó hace {{daysOverdue}}.{{/daysOverdue}} No tenemos nada por escrito que muestre que se hizo.{{/commitment.description}}`,
    `Lo que sigue: {{#followUp.plannedOn}}el {{followUp.plannedOn}}, le escribiré a la escuela para darle seguimiento y pedirle{{/followUp.plannedOn}}{{^followUp.plannedOn}}el siguiente paso es escribirle a la escuela para darle seguimiento y pedirle{{/followUp.plannedOn}} {{^commitment.description}}una respuesta por escrito{{/commitment.description}}{{#commitment.description}}una respuesta por escrito que diga si se hizo y, si no, qué se hará para apoyar a {{student.name}} mientras tanto{{/commitment.description}}. Si la escuela responde, compartiré con su familia lo que diga y decidiremos juntos el siguiente paso. ${NOTHING_TO_DO}`,
    'Saludos cordiales,',
    SIGNATURE,
  ].join('\n\n'),
};

/** To the family: the school answered in writing (about a commitment: it says it was met). */
const GUARDIAN_ANSWERED: MessageTemplate = {
  subject: `Novedades sobre {{student.name}}: {{^commitment.description}}la escuela respondió a la solicitud de {{request.type}}{{/commitment.description}}{{#commitment.description}}la escuela dice que hizo lo que prometió{{/commitment.description}}`,
  body: [
    'Hola, {{recipients}}:',
    `{{^commitment.description}}La escuela respondió a la solicitud de {{request.type}} para {{student.name}} que enviamos el {{request.sentOn}}. Su respuesta por escrito llegó el {{response.receivedOn}}{{^response.stall}}{{#deadline.dueOn}}, {{#response.late}}{{response.late}} (el {{deadline.dueOn}}){{/response.late}}{{^response.late}}a tiempo (la fecha límite era el {{deadline.dueOn}}){{/response.late}}{{/deadline.dueOn}}{{/response.stall}}.

En pocas palabras: {{response.outcome}}.{{#response.commitments}} La escuela se comprometió a lo siguiente: {{response.commitments}}.{{/response.commitments}}{{#response.stall}}

Esto todavía no es la decisión de la escuela: la solicitud sigue abierta{{#deadline.dueOn}} y la escuela todavía tiene que responderla (la fecha límite es el {{deadline.dueOn}}){{/deadline.dueOn}}.{{/response.stall}}{{/commitment.description}}{{#commitment.description}}${FAMILY_PROMISED} El {{response.receivedOn}}, la escuela nos confirmó por escrito que ya lo hizo{{^response.late}}, dentro del plazo que prometió{{/response.late}}.{{#response.late}} Su respuesta llegó {{response.late}}.{{/response.late}}{{/commitment.description}}{{#response.summary}}

Resumen de la respuesta: {{response.summary}}{{/response.summary}}`,
    `Lo que sigue: voy a revisar la respuesta y me pondré en contacto con su familia para hablar del siguiente paso. Por ahora no hay nada que hacer de su parte. Para cualquier pregunta, basta con responder a este correo.`,
    'Saludos cordiales,',
    SIGNATURE,
  ].join('\n\n'),
};

/** Before a masculine noun ("mi primer mensaje de seguimiento"): primer, tercer. */
const ORDINALS = [
  'primer',
  'segundo',
  'tercer',
  'cuarto',
  'quinto',
  'sexto',
  'séptimo',
  'octavo',
  'noveno',
  'décimo',
];

export const ES: Words = {
  guardianUpdate: GUARDIAN_UPDATE,
  guardianOverdue: GUARDIAN_OVERDUE,
  guardianAnswered: GUARDIAN_ANSWERED,

  organizationDefault:
    'el plazo de respuesta que nuestra organización usa por defecto, no un plazo fijado por la ley',
  /** What was asked; mirrors REQUEST_TYPE_LABELS (letter-defaults.ts in libs/requests). */
  requestTypes: {
    EVALUATION: 'una evaluación individual completa',
    IEP_MEETING: 'una reunión del equipo del IEP',
    RECORDS: 'copias del expediente escolar',
    FBA: 'una evaluación funcional de la conducta',
    BEHAVIOR_PLAN: 'un plan de intervención para la conducta',
    ACCOMMODATIONS: 'adaptaciones',
    REINTEGRATION_PLAN: 'un plan de regreso a la escuela',
    PRIOR_WRITTEN_NOTICE: 'un aviso previo por escrito',
    INDEPENDENT_EVALUATION: 'una evaluación educativa independiente pagada por el distrito',
    HOME_INSTRUCTION: 'instrucción en el hogar',
    OTHER: 'lo que se describe a continuación',
  },
  outcomes: {
    GRANTED: 'la escuela aceptó lo que pedimos',
    PARTIALLY_GRANTED: 'la escuela aceptó una parte de lo que pedimos',
    DENIED: 'la escuela dijo que no',
    DEFERRED_NEEDS_DATA:
      'la escuela todavía no ha decidido; dice que primero necesita más información',
    NOT_AVAILABLE: 'la escuela dijo que esto no está disponible',
    MEETING_SCHEDULED: 'la escuela programó una reunión para hablar del tema',
    REFERRED_ELSEWHERE:
      'la escuela pasó la solicitud a otra persona u oficina para que la responda',
    OTHER: 'la escuela respondió, pero sin un sí o un no claro',
  },
  /** 1 → "primer" … 10 → "décimo", then "11.º" (no policy sends that many). */
  ordinal: (n) => ORDINALS[n - 1] || `${n}.º`,
  channels: {
    EMAIL: 'por correo electrónico',
    LETTER: 'por correo postal',
    HAND_DELIVERED: 'en mano',
    PORTAL: 'por el portal del distrito',
    PHONE: 'por teléfono',
    IN_PERSON: 'en persona',
  },
  otherChannel: 'por',
  days: (n) => `${n} ${n === 1 ? 'día' : 'días'}`,
  periodUnits: {
    CALENDAR_DAY: ['día calendario', 'días calendario'],
    BUSINESS_DAY: ['día hábil', 'días hábiles'],
    SCHOOL_DAY: ['día escolar', 'días escolares'],
    SCHOOL_WORKING_DAY: ['día hábil escolar', 'días hábiles escolares'],
    HOUR: ['hora', 'horas'],
    DAY: ['día', 'días'],
  },
  stalls: {
    DEFERRED: 'la escuela dijo que necesita más datos antes de decidir',
    REFUSED_WITHOUT_PWN: 'la escuela dijo que no sin dar el aviso previo por escrito',
  },
  afterTheDeadline: 'después de la fecha límite',
  dueBy: 'a más tardar el',
  textBelow: '— Español abajo —',

  portal: {
    signInLink: ({ link, minutesValid, organizations }): EmailWords => {
      const portal = `portal para familias${organizations ? ` de ${organizations}` : ''}`;
      const minutes = `${minutesValid} ${minutesValid === 1 ? 'minuto' : 'minutos'}`;
      return {
        subject: `Su enlace para entrar al ${portal}`,
        paragraphs: [
          'Hola:',
          `Este es su enlace para entrar al ${portal}:`,
          link,
          `Funciona durante ${minutes} y solo una vez. No lo comparta: cualquier persona que lo tenga puede usarlo para entrar como si fuera usted.`,
          'Si usted no lo pidió, ignore este correo: nadie puede entrar sin este enlace.',
        ],
      };
    },
    invitation: (facts): EmailWords => {
      const { guardianName, organizationName, advocateName, students, portalUrl, email } = facts;
      const signature = advocateName ? `${advocateName}\n${organizationName}` : organizationName;
      const cases = students
        ? `${facts.severalStudents ? 'los casos' : 'el caso'} de ${students}`
        : 'el caso de su familia';
      const who = advocateName ? `${advocateName}, de ${organizationName},` : organizationName;
      return {
        subject: `${organizationName} le invita a ver ${cases}`,
        paragraphs: [
          `Hola, ${guardianName}:`,
          `${who} le invita a ver ${cases} en el portal para familias. Allí puede ver lo que se le ha pedido a la escuela, lo que respondió la escuela, qué vence y cuándo, y cuál es el siguiente paso. También puede anotar cómo fue cada día de clases: la asistencia y lo que pasó.`,
          'Para entrar, vaya al portal y escriba esta dirección de correo electrónico. Le enviaremos por correo un enlace para entrar; no necesita contraseña.',
          `Portal: ${portalUrl}\nCorreo electrónico: ${email}`,
          'Si no esperaba esta invitación, puede ignorar este correo.',
          'Saludos cordiales,',
          signature,
        ],
      };
    },
  },
  parentSurvey: {
    invitation: (facts): EmailWords => {
      const { guardianName, organizationName, studentName, link, questionCount, daysValid } = facts;
      const about = studentName ? ` con la escuela de ${studentName}` : '';
      return {
        subject: `${organizationName} quiere saber cómo le ayudamos`,
        paragraphs: [
          `Hola, ${guardianName}:`,
          `Gracias por dejar que ${organizationName} ayudara a su familia${about}. Queremos saber cómo le fue: ${questionCount === 1 ? 'una frase corta' : `${questionCount} frases cortas`} para decir si está de acuerdo o no, y un espacio para lo que quiera añadir. Toma unos dos minutos y no necesita entrar con una cuenta.`,
          `Responda la encuesta aquí:\n${link}`,
          `Sus respuestas se cuentan junto con las de otras familias para mejorar nuestro trabajo e informar a quienes lo financian; nunca se muestran con su nombre. El enlace funciona durante ${daysValid} días, una sola vez.`,
          'Saludos cordiales,',
          organizationName,
        ],
      };
    },
  },
};

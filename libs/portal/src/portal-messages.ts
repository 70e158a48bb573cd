import { textToHtml } from '@onrecord/platform/mail';

/**
 * The emails of the family portal, in English and Spanish (usted). Pure: the portal's services
 * gather the facts and send what these return. Not templated: an organization does not word
 * them.
 */

/** The languages of the portal's emails (the follow-ups' MessageLanguage, kept here). */
export type PortalLanguage = 'en' | 'es';

export interface PortalMessage {
  subject: string;
  text: string;
  html: string;
}

/** One line, so a name with a line break cannot split a mail header. */
const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** "Ana", "Ana and Ben", "Ana, Ben and Cy" / "Ana y Ben" ("Ana e Isabel"). */
function joinNames(names: readonly string[], language: PortalLanguage): string {
  if (names.length <= 1) return names[0] ?? '';
  const last = names[names.length - 1] ?? '';
  const and = language === 'en' ? 'and' : /^h?[ií](?![aeiouáéíóú])/i.test(last) ? 'e' : 'y';
  return `${names.slice(0, -1).join(', ')} ${and} ${last}`;
}

/** "Maya R.'s", "Parents Access'": English possessive of a name (or joined names). */
const possessive = (name: string): string => (/s$/i.test(name) ? `${name}'` : `${name}'s`);

const message = (subject: string, paragraphs: string[]): PortalMessage => {
  const text = paragraphs.join('\n\n');
  return { subject: oneLine(subject), text, html: textToHtml(text) };
};

/**
 * The sign-in link a guardian asked for: the organizations whose portal it opens, the link,
 * how long it works (once), and what to do if they did not ask for it.
 */
export function renderPortalSignInLink(
  facts: { link: string; minutesValid: number; organizationNames: string[] },
  language: PortalLanguage,
): PortalMessage {
  const { link, minutesValid } = facts;
  const organizations = joinNames(facts.organizationNames, language);
  if (language === 'es') {
    const portal = `portal para familias${organizations ? ` de ${organizations}` : ''}`;
    const minutes = `${minutesValid} ${minutesValid === 1 ? 'minuto' : 'minutos'}`;
    return message(`Su enlace para entrar al ${portal}`, [
      'Hola:',
      `Este es su enlace para entrar al ${portal}:`,
      link,
      `Funciona durante ${minutes} y solo una vez. No lo comparta: cualquier persona que lo tenga puede usarlo para entrar como si fuera usted.`,
      'Si usted no lo pidió, ignore este correo: nadie puede entrar sin este enlace.',
    ]);
  }
  const portal = organizations ? `${possessive(organizations)} family portal` : 'the family portal';
  const minutes = `${minutesValid} ${minutesValid === 1 ? 'minute' : 'minutes'}`;
  return message(`Your sign-in link for ${portal}`, [
    'Hello,',
    `Here is your sign-in link for ${portal}:`,
    link,
    `It works for ${minutes} and only once. Do not share it: anyone who has it can use it to sign in as you.`,
    'If you did not ask for this, ignore this email — nobody can sign in without this link.',
  ]);
}

/**
 * An advocate invited a guardian to the family portal: whose case they can see there, and how
 * to sign in (the portal's address and the email address to enter; no password).
 */
export function renderPortalInvitation(
  facts: {
    guardianName: string;
    organizationName: string;
    advocateName: string | null;
    studentNames: string[];
    portalUrl: string;
    email: string;
  },
  language: PortalLanguage,
): PortalMessage {
  const { guardianName, organizationName, advocateName, portalUrl, email } = facts;
  const students = joinNames(facts.studentNames, language);
  const several = facts.studentNames.length > 1;
  const signature = advocateName ? `${advocateName}\n${organizationName}` : organizationName;
  if (language === 'es') {
    const cases = students
      ? `${several ? 'los casos' : 'el caso'} de ${students}`
      : 'el caso de su familia';
    const who = advocateName ? `${advocateName}, de ${organizationName},` : organizationName;
    return message(`${organizationName} le invita a ver ${cases}`, [
      `Hola, ${guardianName}:`,
      `${who} le invita a ver ${cases} en el portal para familias. Allí puede ver lo que se le ha pedido a la escuela, lo que respondió la escuela, qué vence y cuándo, y cuál es el siguiente paso. También puede anotar cómo fue cada día de clases: la asistencia y lo que pasó.`,
      'Para entrar, vaya al portal y escriba esta dirección de correo electrónico. Le enviaremos por correo un enlace para entrar; no necesita contraseña.',
      `Portal: ${portalUrl}\nCorreo electrónico: ${email}`,
      'Si no esperaba esta invitación, puede ignorar este correo.',
      'Saludos cordiales,',
      signature,
    ]);
  }
  const cases = students
    ? `${possessive(students)} ${several ? 'cases' : 'case'}`
    : "your family's case";
  const who = advocateName ? `${advocateName} at ${organizationName}` : organizationName;
  return message(`${organizationName} invited you to see ${cases}`, [
    `Dear ${guardianName},`,
    `${who} has invited you to see ${cases} in the family portal. There you can see what has been asked of the school, what the school said, what is due when, and what happens next. You can also note how each school day went: attendance and what happened.`,
    'To sign in, go to the portal and enter this email address. We will email you a sign-in link; you do not need a password.',
    `Portal: ${portalUrl}\nEmail address: ${email}`,
    'If you were not expecting this invitation, you can ignore this email.',
    'Best regards,',
    signature,
  ]);
}

import { renderPortalInvitation, renderPortalSignInLink } from './portal-messages';

const link = 'https://portal.example.org/sign-in?token=orl_abc123';

describe('the sign-in link email', () => {
  const facts = {
    link,
    minutesValid: 15,
    organizationNames: ['Bay Area School Access Project'],
  };

  it('gives the link, how long it works, once, and what to do if it was not asked for', () => {
    const message = renderPortalSignInLink(facts, 'en');
    expect(message.subject).toBe(
      "Your sign-in link for Bay Area School Access Project's family portal",
    );
    expect(message.text).toBe(
      [
        'Hello,',
        "Here is your sign-in link for Bay Area School Access Project's family portal:",
        link,
        'It works for 15 minutes and only once. Do not share it: anyone who has it can use it to sign in as you.',
        'If you did not ask for this, ignore this email — nobody can sign in without this link.',
      ].join('\n\n'),
    );
    expect(message.html).toContain(`>${link}</p>`);
  });

  it('says the same in Spanish', () => {
    const message = renderPortalSignInLink(facts, 'es');
    expect(message.subject).toBe(
      'Su enlace para entrar al portal para familias de Bay Area School Access Project',
    );
    expect(message.text).toBe(
      [
        'Hola:',
        'Este es su enlace para entrar al portal para familias de Bay Area School Access Project:',
        link,
        'Funciona durante 15 minutos y solo una vez. No lo comparta: cualquier persona que lo tenga puede usarlo para entrar como si fuera usted.',
        'Si usted no lo pidió, ignore este correo: nadie puede entrar sin este enlace.',
      ].join('\n\n'),
    );
  });

  it('names every organization, a minute in the singular, and none when there is none', () => {
    const several = {
      link,
      minutesValid: 1,
      organizationNames: ['Parents Access', 'Kids First', 'Ivy League Advocates'],
    };
    const en = renderPortalSignInLink(several, 'en');
    expect(en.subject).toBe(
      "Your sign-in link for Parents Access, Kids First and Ivy League Advocates' family portal",
    );
    expect(en.text).toContain('It works for 1 minute and only once.');
    const es = renderPortalSignInLink(several, 'es');
    expect(es.subject).toBe(
      'Su enlace para entrar al portal para familias de Parents Access, Kids First e Ivy League Advocates',
    );
    expect(es.text).toContain('Funciona durante 1 minuto y solo una vez.');
    expect(renderPortalSignInLink({ ...several, organizationNames: [] }, 'en').subject).toBe(
      'Your sign-in link for the family portal',
    );
    expect(renderPortalSignInLink({ ...several, organizationNames: [] }, 'es').subject).toBe(
      'Su enlace para entrar al portal para familias',
    );
  });

  it('keeps the subject on one line and the HTML escaped', () => {
    const message = renderPortalSignInLink(
      { link: `${link}&x=<b>`, minutesValid: 15, organizationNames: ['Parents &\nKids'] },
      'en',
    );
    expect(message.subject).toBe("Your sign-in link for Parents & Kids' family portal");
    expect(message.html).toContain('&amp;x=&lt;b&gt;');
    expect(message.html).not.toContain('<b>');
  });
});

describe('the portal invitation email', () => {
  const facts = {
    guardianName: 'Ana Rivera',
    organizationName: 'Bay Area School Access Project',
    advocateName: 'Jordan Ellis',
    studentNames: ['Maya R.'],
    portalUrl: 'https://portal.example.org',
    email: 'ana.rivera@example.com',
  };

  it('says who invited them to see whose case, and how to sign in with this address', () => {
    const message = renderPortalInvitation(facts, 'en');
    expect(message.subject).toBe(
      "Bay Area School Access Project invited you to see Maya R.'s case",
    );
    expect(message.text).toBe(
      [
        'Dear Ana Rivera,',
        "Jordan Ellis at Bay Area School Access Project has invited you to see Maya R.'s case in the family portal. There you can see what has been asked of the school, what the school said, what is due when, and what happens next. You can also note how each school day went: attendance and what happened.",
        'To sign in, go to the portal and enter this email address. We will email you a sign-in link; you do not need a password.',
        'Portal: https://portal.example.org\nEmail address: ana.rivera@example.com',
        'If you were not expecting this invitation, you can ignore this email.',
        'Best regards,',
        'Jordan Ellis\nBay Area School Access Project',
      ].join('\n\n'),
    );
  });

  it('says the same in Spanish', () => {
    const message = renderPortalInvitation(facts, 'es');
    expect(message.subject).toBe(
      'Bay Area School Access Project le invita a ver el caso de Maya R.',
    );
    expect(message.text).toBe(
      [
        'Hola, Ana Rivera:',
        'Jordan Ellis, de Bay Area School Access Project, le invita a ver el caso de Maya R. en el portal para familias. Allí puede ver lo que se le ha pedido a la escuela, lo que respondió la escuela, qué vence y cuándo, y cuál es el siguiente paso. También puede anotar cómo fue cada día de clases: la asistencia y lo que pasó.',
        'Para entrar, vaya al portal y escriba esta dirección de correo electrónico. Le enviaremos por correo un enlace para entrar; no necesita contraseña.',
        'Portal: https://portal.example.org\nCorreo electrónico: ana.rivera@example.com',
        'Si no esperaba esta invitación, puede ignorar este correo.',
        'Saludos cordiales,',
        'Jordan Ellis\nBay Area School Access Project',
      ].join('\n\n'),
    );
  });

  it('for several students, and without an advocate', () => {
    const several = { ...facts, advocateName: null, studentNames: ['Maya R.', 'Leo R.'] };
    const en = renderPortalInvitation(several, 'en');
    expect(en.subject).toBe(
      "Bay Area School Access Project invited you to see Maya R. and Leo R.'s cases",
    );
    expect(en.text).toMatch(
      /^Dear Ana Rivera,\n\nBay Area School Access Project has invited you to see Maya R\. and Leo R\.'s cases in the family portal\./,
    );
    expect(en.text).toMatch(/\n\nBest regards,\n\nBay Area School Access Project$/);
    const es = renderPortalInvitation(several, 'es');
    expect(es.subject).toBe(
      'Bay Area School Access Project le invita a ver los casos de Maya R. y Leo R.',
    );
    expect(es.text).toContain(
      '\n\nBay Area School Access Project le invita a ver los casos de Maya R. y Leo R. en el portal para familias.',
    );
    expect(es.text).toMatch(/\n\nSaludos cordiales,\n\nBay Area School Access Project$/);
  });

  it("speaks of the family's case when no student is named", () => {
    const none = { ...facts, studentNames: [] };
    expect(renderPortalInvitation(none, 'en').subject).toBe(
      "Bay Area School Access Project invited you to see your family's case",
    );
    expect(renderPortalInvitation(none, 'es').subject).toBe(
      'Bay Area School Access Project le invita a ver el caso de su familia',
    );
  });

  it('escapes the HTML', () => {
    const message = renderPortalInvitation({ ...facts, guardianName: '<i>Ana</i>' }, 'es');
    expect(message.html).toContain('Hola, &lt;i&gt;Ana&lt;/i&gt;:');
    expect(message.html).not.toContain('<i>');
  });
});

import { guessMapping, plainWords } from './column-guess';
import { ImportKind } from './import-fields';

describe('guessing the columns of a spreadsheet', () => {
  it('reads headers without case, accents or punctuation', () => {
    expect(plainWords('  Parent/Guardian  Name ')).toBe('parent guardian name');
    expect(plainWords('Escuela Niño')).toBe('escuela nino');
  });

  it('maps the headers advocates’ spreadsheets have', () => {
    const headers = [
      'Parent/Guardian Name',
      'Email',
      'Phone',
      'Preferred language',
      'Student DOB',
      'Grade',
      'School',
      'Advocate email',
      'Notes nobody maps',
    ];
    expect(guessMapping(ImportKind.FAMILIES, headers)).toEqual({
      guardianName: 'Parent/Guardian Name',
      guardianEmail: 'Email',
      guardianPhone: 'Phone',
      preferredLanguage: 'Preferred language',
      dateOfBirth: 'Student DOB',
      grade: 'Grade',
      school: 'School',
      advocateEmail: 'Advocate email',
    });
  });

  it('tells first and last names apart from whole names', () => {
    expect(
      guessMapping(ImportKind.FAMILIES, [
        'Parent First Name',
        'Parent Last Name',
        'Student First Name',
        'Student Last Name',
      ]),
    ).toEqual({
      guardianFirstName: 'Parent First Name',
      guardianLastName: 'Parent Last Name',
      studentFirstName: 'Student First Name',
      studentLastName: 'Student Last Name',
    });
  });

  it('takes the most specific alias a longer header contains, each header once', () => {
    expect(
      guessMapping(ImportKind.FAMILIES, ['Parent Email Address', 'Advocate Email Address']),
    ).toEqual({
      guardianEmail: 'Parent Email Address',
      advocateEmail: 'Advocate Email Address',
    });
  });

  it('maps a school contacts directory', () => {
    expect(
      guessMapping(ImportKind.SCHOOL_CONTACTS, [
        'School District',
        'School Name',
        'Name',
        'Position',
        'Email Address',
        'Telephone',
      ]),
    ).toEqual({
      district: 'School District',
      school: 'School Name',
      name: 'Name',
      role: 'Position',
      email: 'Email Address',
      phone: 'Telephone',
    });
  });
});

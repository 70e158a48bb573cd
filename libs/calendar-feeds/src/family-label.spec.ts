import { familyLabel } from './family-label';

describe('familyLabel', () => {
  it.each([
    ['Maya Rivera', 'M. R.'],
    ['  josé   ángel  núñez ', 'J. Á. N.'],
    ['Ana-Lucía Pérez', 'A. L. P.'],
    ['Kai', 'K.'],
  ])('gives the initials of %s', (name, initials) => {
    expect(familyLabel(name, false)).toBe(initials);
  });

  it('gives the whole name, spaces tidied, when the organization chose full names', () => {
    expect(familyLabel('  Maya   Rivera ', true)).toBe('Maya Rivera');
  });
});

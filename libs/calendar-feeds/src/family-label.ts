/**
 * How a feed names a family: by the student's initials ("M. R.") unless the organization
 * chose full names. A calendar is often shown where others can see it (a phone's lock screen,
 * a shared office calendar), so initials are the default.
 */
export function familyLabel(studentName: string, fullName: boolean): string {
  const name = studentName.trim().replace(/\s+/g, ' ');
  if (fullName) return name;
  const initials = name
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((part) => `${Array.from(part)[0]?.toLocaleUpperCase() ?? ''}.`);
  return initials.join(' ');
}

import type { District } from './district.entity';
import type { NonSchoolDay } from './non-school-day.entity';
import type { School } from './school.entity';
import type { SchoolContact } from './school-contact.entity';
import type { SchoolYear } from './school-year.entity';
import type {
  DistrictObject,
  NonSchoolDayObject,
  SchoolContactObject,
  SchoolObject,
  SchoolYearObject,
} from './directory.objects';

export const toDistrict = (d: District): DistrictObject => ({
  id: d.id,
  name: d.name,
  state: d.state,
  timeZone: d.timeZone,
  archivedAt: d.archivedAt,
});

export const toSchool = (s: School): SchoolObject => ({
  id: s.id,
  districtId: s.districtId,
  name: s.name,
  archivedAt: s.archivedAt,
});

export const toSchoolContact = (c: SchoolContact): SchoolContactObject => ({
  id: c.id,
  districtId: c.districtId,
  schoolId: c.schoolId,
  name: c.name,
  role: c.role,
  title: c.title,
  email: c.email,
  phone: c.phone,
  archivedAt: c.archivedAt,
});

export const toSchoolYear = (y: SchoolYear): SchoolYearObject => ({
  id: y.id,
  districtId: y.districtId,
  label: y.label,
  firstDay: y.firstDay,
  lastDay: y.lastDay,
});

export const toNonSchoolDay = (n: NonSchoolDay): NonSchoolDayObject => ({
  date: n.date,
  label: n.label,
});

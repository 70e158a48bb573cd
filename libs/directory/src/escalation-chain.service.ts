import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { type DataScope, findRecord, isUuid } from '@onrecord/platform/database';
import { badUserInput, type FieldProblem } from '@onrecord/platform/errors';
import { EscalationStep } from './escalation-step.entity';
import { School } from './school.entity';
import { SchoolContact } from './school-contact.entity';
import type { SchoolObject } from './directory.objects';
import { toSchool } from './conversions';

/**
 * A school's escalation chain: who is asked next when a request goes unanswered. It holds
 * the school's own staff and the district-wide staff of its district, each once.
 */
@Injectable()
export class EscalationChainService {
  /** Replaces the chain with `contactIds`, in that order (positions 1..n). */
  async set(scope: DataScope, schoolId: string, contactIds: string[]): Promise<SchoolObject> {
    const organizationId = scope.organizationId;
    const school = await findRecord(scope, School, schoolId, 'School');
    // Two people setting the same chain at once: the second waits, then replaces it whole.
    await scope.manager.findOne(School, {
      where: { id: school.id },
      lock: { mode: 'pessimistic_write' },
    });
    const valid = contactIds.filter(isUuid);
    const contacts = valid.length
      ? await scope.manager.findBy(SchoolContact, { id: In(valid) })
      : [];
    const byId = new Map(contacts.map((c) => [c.id, c]));
    const problems: FieldProblem[] = [];
    contactIds.forEach((id, index) => {
      const field = `contactIds.${index}`;
      const contact = byId.get(id);
      const earlier = contactIds.indexOf(id);
      if (!contact) {
        problems.push({ field, message: 'names no school contact of your organization' });
      } else if (earlier < index) {
        problems.push({
          field,
          message: `lists ${contact.name} again (already at contactIds.${earlier})`,
        });
      } else if (contact.archivedAt) {
        problems.push({
          field,
          message: `names ${contact.name}, who is archived: restore them first`,
        });
      } else if (
        contact.districtId !== school.districtId ||
        (contact.schoolId !== null && contact.schoolId !== school.id)
      ) {
        problems.push({
          field,
          message: `${contact.name} is not staff of ${school.name} nor district-wide staff of its district`,
        });
      }
    });
    if (problems.length) throw badUserInput(problems);

    // Remove then insert, so the unique (school, position) and (school, contact) hold.
    const current = await scope.manager.findBy(EscalationStep, { schoolId: school.id });
    if (current.length) await scope.manager.remove(current);
    const steps = contactIds.map((contactId, index) =>
      scope.manager.create(EscalationStep, {
        organizationId,
        schoolId: school.id,
        contactId,
        position: index + 1,
      }),
    );
    if (steps.length) await scope.manager.save(steps);
    return toSchool(school);
  }

  /**
   * The contacts to escalate to, in order, skipping archived ones: for follow-ups, which
   * ask the next contact in the chain.
   */
  async activeChain(scope: DataScope, schoolId: string): Promise<SchoolContact[]> {
    const steps = await scope.manager.find(EscalationStep, {
      where: { schoolId },
      relations: { contact: true },
      order: { position: 'ASC' },
    });
    return steps.flatMap((step) =>
      step.contact && !step.contact.archivedAt ? [step.contact] : [],
    );
  }
}

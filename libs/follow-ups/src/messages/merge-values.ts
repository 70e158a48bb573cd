import { joinNames, longDate } from '@onrecord/platform/text';
import { DECISION_NOTICES, WORDS } from '@onrecord/words';
import type { FollowUpFieldName } from './merge-fields';
import type { FollowUpFacts } from './message-facts';
import {
  channelWords,
  daysWords,
  type MessageLanguage,
  ordinalWord,
  outcomeWords,
  periodWords,
  requestTypeLabel,
  requestTypeOfLabel,
} from './message-language';

/** "1 day", "5 days"; null when not past, so `{{#daysOverdue}}` leaves the sentence out. */
const overdueWords = (days: number, language: MessageLanguage): string | null =>
  days > 0 ? daysWords(days, language) : null;

/** How late an answer came: "3 days after the deadline"; null when on time. */
const lateWords = (days: number, language: MessageLanguage): string | null =>
  days > 0 ? `${daysWords(days, language)} ${WORDS[language].afterTheDeadline}` : null;

/**
 * What was asked, in the language: the words of the request's type (FollowUpFacts.request.type,
 * else the type whose English label typeLabel is); a label of no type, such as the subject
 * that stands for OTHER, stays as written.
 */
function requestWords(request: FollowUpFacts['request'], language: MessageLanguage): string {
  if (language === 'en') return request.typeLabel;
  const type = request.type ?? requestTypeOfLabel(request.typeLabel);
  if (!type) return request.typeLabel;
  if (type === 'OTHER' && request.typeLabel !== requestTypeLabel(type, 'en'))
    return request.typeLabel;
  return requestTypeLabel(type, language) ?? request.typeLabel;
}

/**
 * The merge values of the facts in a language (English by default): dates written long,
 * names joined, counts in words. Text as recorded (subjects, commitments, summaries, the
 * rule's name and citation) stays as it was written.
 */
export function followUpValues(
  facts: FollowUpFacts,
  language: MessageLanguage = 'en',
): Record<FollowUpFieldName, string | null> {
  const { request, commitment, deadline, response } = facts;
  const date = (day: string | null | undefined): string | null =>
    day ? longDate(day, language) : null;
  return {
    'organization.name': facts.organizationName,
    'advocate.name': facts.advocateName,
    'advocate.email': facts.advocateEmail ?? null,
    'student.name': facts.studentName,
    'school.name': facts.schoolName,
    'district.name': facts.districtName,
    'family.householdName': facts.householdName,
    recipients: joinNames(facts.recipientNames, language),
    earlierRecipients: joinNames(facts.earlierRecipientNames, language),
    'followUp.number': ordinalWord(facts.sequence, language),
    'request.subject': request.subject,
    'request.type': requestWords(request, language),
    'request.sentOn': date(request.sentOn),
    'request.receivedOn': date(request.receivedOn),
    'request.channel': request.channel ? channelWords(request.channel, language) : null,
    'commitment.description': commitment?.description ?? null,
    'commitment.dueOn': date(commitment?.dueOn),
    'commitment.promisedOn': date(commitment?.promisedOn),
    'deadline.dueOn': date(deadline.dueOn),
    'deadline.citation': deadline.citation,
    'deadline.rule': deadline.ruleName,
    'deadline.period': deadline.period ? periodWords(deadline.period, language) : null,
    'deadline.setByHand': deadline.setByHand?.reason ?? null,
    'deadline.ruleDueOn': date(deadline.setByHand?.ruleDueOn),
    'deadline.ruleCitation': deadline.setByHand?.ruleCitation ?? null,
    'deadline.organizationDefault': deadline.organizationDefault
      ? WORDS[language].organizationDefault
      : null,
    daysOverdue: overdueWords(facts.daysOverdue, language),
    respondBy: longDate(facts.respondBy, language),
    today: longDate(facts.today, language),
    'followUp.plannedOn': date(facts.followUpPlannedOn),
    'response.receivedOn': date(response?.receivedOn),
    'response.outcome': response ? outcomeWords(response.outcome, language) : null,
    'response.summary': response?.summary ?? null,
    'response.late': response ? lateWords(response.daysLate, language) : null,
    'response.stall': response?.stall ? WORDS[language].stalls[response.stall] : null,
    'response.commitments': response?.commitments?.length
      ? joinNames(
          response.commitments.map(
            (c) => `"${c.description}" ${WORDS[language].dueBy} ${longDate(c.dueOn, language)}`,
          ),
          language,
        )
      : null,
    'response.notice':
      request.type === 'ACCOMMODATIONS' ? DECISION_NOTICES.ACCOMMODATIONS : DECISION_NOTICES.OTHER,
  };
}

import type { TFunction } from 'i18next';
import { asSentence, fieldErrorsByPath } from '../errors';
import type {
  DeliveryChannel,
  RefusalReason,
  ResponseOutcome,
  SchoolResponseInput,
} from '../gql/graphql';

export const REASONS: RefusalReason[] = [
  'LACK_OF_DATA',
  'NOT_ELIGIBLE',
  'RESOURCES_STAFFING',
  'PRECEDENT_OR_POLICY',
  'PREDETERMINED',
  'OTHER',
];
/** A yes gives no reasons (the api refuses them). */
const NO_REASONS: ReadonlySet<string> = new Set(['GRANTED', 'MEETING_SCHEDULED']);

export const OUTCOMES: ResponseOutcome[] = [
  'GRANTED',
  'PARTIALLY_GRANTED',
  'MEETING_SCHEDULED',
  'DEFERRED_NEEDS_DATA',
  'DENIED',
  'REFERRED_ELSEWHERE',
  'NOT_AVAILABLE',
  'OTHER',
];

/**
 * What the school answered, as both answer forms hold it: the one on a request (how and when
 * it came typed in) and the one on a captured reply (which came by email, on its own day).
 */
export interface AnswerValues {
  channel: DeliveryChannel;
  receivedOn: string;
  outcome: ResponseOutcome | '';
  reasons: RefusalReason[];
  partial: boolean;
  respondedByContactId: string | null;
  summary: string;
  priorWrittenNotice: boolean;
  promise: {
    description: string;
    dueOn: string;
    dataWhat: string;
    dataHow: string;
    meanwhile: string;
  };
}

export function answerValues(receivedOn: string): AnswerValues {
  return {
    channel: 'EMAIL',
    receivedOn,
    outcome: '',
    reasons: [],
    partial: false,
    respondedByContactId: null,
    summary: '',
    priorWrittenNotice: false,
    promise: { description: '', dueOn: '', dataWhat: '', dataHow: '', meanwhile: '' },
  };
}

export const isDeferred = (values: AnswerValues) => values.outcome === 'DEFERRED_NEEDS_DATA';
export const takesReasons = (values: AnswerValues) =>
  values.outcome !== '' && !NO_REASONS.has(values.outcome);

/** The checks both forms make before asking the api (which checks again). */
export function answerRules(t: TFunction) {
  const needed = (values: AnswerValues, value: string) =>
    isDeferred(values) && !value.trim() ? t('recordAnswer.needed') : null;
  return {
    outcome: (v: string) => (v ? null : t('recordAnswer.outcomeRequired')),
    // "Needs more data" is recorded only with the school's whole plan.
    promise: {
      description: (v: string, values: AnswerValues) => needed(values, v),
      dataWhat: (v: string, values: AnswerValues) => needed(values, v),
      dataHow: (v: string, values: AnswerValues) => needed(values, v),
      meanwhile: (v: string, values: AnswerValues) => needed(values, v),
      dueOn: (v: string, values: AnswerValues) => needed(values, v),
    },
  };
}

/** What the school said, as the api takes it (how and when it came are each form's own). */
export function answerInput(
  values: AnswerValues,
): Omit<SchoolResponseInput, 'channel' | 'receivedOn'> {
  const promise = values.promise;
  return {
    outcome: values.outcome as ResponseOutcome,
    reasons: takesReasons(values) ? values.reasons : undefined,
    partial: values.partial,
    respondedByContactId: values.respondedByContactId,
    summary: values.summary.trim() || undefined,
    priorWrittenNotice: values.priorWrittenNotice,
    commitments: isDeferred(values)
      ? [
          {
            description: promise.description,
            dueOn: promise.dueOn,
            dataWhat: promise.dataWhat || undefined,
            dataHow: promise.dataHow || undefined,
            meanwhile: promise.meanwhile || undefined,
          },
        ]
      : undefined,
  };
}

/**
 * The api's refusal as the form shows it: problems beside the fields they name (the api names
 * commitments.0.dataWhat; the form holds the one promise as promise.*), or one for the whole
 * form when the promise as a whole, or nothing the form shows, is at fault.
 */
export function answerProblems(
  error: unknown,
  shown: (path: string) => boolean,
): { fields: Record<string, string>; whole: string | null } {
  const fields = Object.entries(fieldErrorsByPath(error)).map(
    ([path, message]) => [path.replace(/^commitments(\.0)?/, 'promise'), message] as const,
  );
  const beside = fields.filter(([path]) => path !== 'promise' && shown(path));
  const elsewhere = fields.filter(([path]) => path === 'promise' || !shown(path));
  return {
    fields: Object.fromEntries(beside),
    whole: elsewhere.length ? elsewhere.map(([, message]) => asSentence(message)).join(' ') : null,
  };
}

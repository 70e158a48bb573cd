import { useQuery } from '@apollo/client/react';
import { Card, List, SimpleGrid, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ParentCenterReportQuery } from '../../gql/graphql';
import { Figure } from '../outcomes/Figure';
import type { DayRange } from '../outcomes/range';
import { PARENT_SURVEY_COMMENTS } from './funder-report';
import type { FunderLabels } from './labels';
import { ScrollTable } from './ScrollTable';

type Survey = ParentCenterReportQuery['parentCenterReport']['survey'];

/**
 * The parent survey's results (program measures): how many were sent and answered, and per
 * statement, in the interface's language, the share agreeing and every rating's count; the
 * comments for admins.
 */
export function SurveyResults(props: {
  survey: Survey;
  range: DayRange;
  labels: FunderLabels;
  /** Admins read the comments (the api refuses them to anyone else). */
  withComments: boolean;
}) {
  const { t, i18n } = useTranslation();
  const { survey } = props;
  const number = new Intl.NumberFormat(i18n.language);
  const percent = new Intl.NumberFormat(i18n.language, {
    style: 'percent',
    maximumFractionDigits: 0,
  });
  const spanish = i18n.language.startsWith('es');
  const title = t('funders.survey.title');
  return (
    <Card withBorder padding="sm" component="section" aria-label={title}>
      <Stack gap="sm">
        <div>
          <Title order={4} size="h5">
            {title}
          </Title>
          <Text size="xs" c="dimmed">
            {t('funders.survey.note')}
          </Text>
        </div>
        <SimpleGrid cols={{ base: 2, xs: 3 }} spacing="sm" data-keep>
          <Figure label={t('funders.survey.sent')} value={number.format(survey.sent)} />
          <Figure label={t('funders.survey.answered')} value={number.format(survey.answered)} />
          <Figure
            label={t('funders.survey.responseRate')}
            value={survey.sent ? percent.format(survey.answered / survey.sent) : '—'}
            detail={survey.sent ? undefined : t('funders.survey.noRate')}
          />
        </SimpleGrid>
        {survey.sent === 0 ? (
          <Text size="sm" c="dimmed">
            {t('funders.survey.none')}
          </Text>
        ) : (
          <>
            <ScrollTable label={title} minWidth={640}>
              <Table fz="sm" striped data-testid="survey-table">
                <caption>
                  <VisuallyHidden>{title}</VisuallyHidden>
                </caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('funders.survey.statement')}</Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('funders.survey.agree')}
                    </Table.Th>
                    {[1, 2, 3, 4, 5].map((rating) => (
                      <Table.Th scope="col" ta="right" key={rating}>
                        <span aria-hidden="true">{rating}</span>
                        <VisuallyHidden>{t('funders.survey.rating', { rating })}</VisuallyHidden>
                      </Table.Th>
                    ))}
                    <Table.Th scope="col" ta="right">
                      {t('funders.survey.notApplicable')}
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {survey.questions.map((q) => {
                    const rated = q.ratings.reduce((all, r) => all + r.count, 0);
                    return (
                      <Table.Tr key={q.questionId}>
                        <Table.Th scope="row" fw={400}>
                          {spanish ? q.textEs : q.textEn}
                        </Table.Th>
                        <Table.Td ta="right" fw={700} data-agree>
                          {rated ? percent.format(q.agreeing / rated) : '—'}
                        </Table.Td>
                        {q.ratings.map((r) => (
                          <Table.Td ta="right" key={r.rating}>
                            {number.format(r.count)}
                          </Table.Td>
                        ))}
                        <Table.Td ta="right">{number.format(q.notApplicable)}</Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </ScrollTable>
            <Text size="xs" c="dimmed">
              {t('funders.survey.scale')}
            </Text>
          </>
        )}
        {props.withComments && <SurveyComments range={props.range} labels={props.labels} />}
      </Stack>
    </Card>
  );
}

/** The comments left on the surveys sent in the range, with their language only. */
function SurveyComments(props: { range: DayRange; labels: FunderLabels }) {
  const { t } = useTranslation();
  const comments = useQuery(PARENT_SURVEY_COMMENTS, { variables: { range: props.range } });
  const list = comments.data?.parentSurveyComments ?? [];
  return (
    <section aria-labelledby="survey-comments" data-keep>
      <Title order={5} size="h6" id="survey-comments">
        {t('funders.survey.comments')}
      </Title>
      <Text size="xs" c="dimmed" mb={4}>
        {t('funders.survey.commentsNote')}
      </Text>
      {comments.error ? (
        <Text size="sm" c="red.9" role="alert">
          {t('common.loadFailed')}
        </Text>
      ) : !comments.data ? null : list.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('funders.survey.noComments')}
        </Text>
      ) : (
        <List size="sm" spacing={4} data-testid="survey-comments">
          {list.map((c, i) => (
            <List.Item key={i}>
              <Text size="sm" component="q" lang={c.language}>
                {c.comment}
              </Text>{' '}
              <Text size="xs" c="dimmed" component="span">
                (
                {t('funders.survey.commentLanguage', {
                  language: props.labels.languageInSentence(c.language),
                })}
                )
              </Text>
            </List.Item>
          ))}
        </List>
      )}
    </section>
  );
}

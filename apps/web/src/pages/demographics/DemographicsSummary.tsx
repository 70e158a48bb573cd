import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseDemographicsQuery } from '../../gql/graphql';
import { languageName } from './demographics-form';

type OnFile = CaseDemographicsQuery['case'];

/** One line: what it is about, and what is on file or "not asked yet". */
function Line({ label, value }: { label: string; value: string | null | undefined }) {
  const { t } = useTranslation();
  return (
    <List.Item>
      <Text size="sm" span fw={600}>
        {label}:{' '}
      </Text>
      {value ? (
        <Text size="sm" span>
          {value}
        </Text>
      ) : (
        <Text size="sm" span c="dimmed">
          {t('demographics.notAsked')}
        </Text>
      )}
    </List.Item>
  );
}

/** What is on file, in words: the student's, each guardian's language, where they live. */
export function DemographicsSummary({ onFile }: { onFile: OnFile }) {
  const { t, i18n } = useTranslation();
  const { student, family } = onFile;
  const { raceEthnicity, primaryDisability } = student.demographics;
  const place = family.demographics;
  const placeValue = place.placeDeclined
    ? t('demographics.declined')
    : [place.county, place.postalCode].filter(Boolean).join(', ') || null;
  return (
    <List size="sm" spacing={2} listStyleType="none">
      <Line
        label={t('demographics.raceOf', { name: student.name })}
        value={raceEthnicity && t(`demographics.race.${raceEthnicity}`)}
      />
      <Line
        label={t('demographics.disabilityOf', { name: student.name })}
        value={primaryDisability && t(`demographics.disability.${primaryDisability}`)}
      />
      {family.guardians.map((g) => (
        <Line
          key={g.id}
          label={t('demographics.languageOf', { name: g.name })}
          value={
            g.demographics.primaryLanguageDeclined
              ? t('demographics.declined')
              : g.demographics.primaryLanguage
                ? languageName(g.demographics.primaryLanguage, i18n.language)
                : null
          }
        />
      ))}
      <Line label={t('demographics.place')} value={placeValue} />
    </List>
  );
}

import { Alert, Button, Checkbox, Radio, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../graphql';
import { asPortalLanguage, PORTAL_LANGUAGES } from '../i18n';
import { UPDATE_PREFERENCES, type PortalGuardian } from '../operations';
import { usePortalSession } from '../PortalSession';

const NAMES: Record<string, string> = { en: 'English', es: 'Español' };
const NOTIFY = ['notifySchoolAnswered', 'notifyRequestOverdue', 'notifyFollowUpSent'] as const;

/** Which emails the guardian gets, and the language of the portal and of those emails. */
export function SettingsPage() {
  const { t, i18n } = useTranslation();
  const { me, setGuardians } = usePortalSession();
  const guardian = me?.guardians[0];
  const [language, setLanguage] = useState(
    asPortalLanguage(guardian?.preferredLanguage) ?? asPortalLanguage(i18n.language) ?? 'en',
  );
  const [notify, setNotify] = useState({
    notifySchoolAnswered: guardian?.notifySchoolAnswered ?? true,
    notifyRequestOverdue: guardian?.notifyRequestOverdue ?? true,
    notifyFollowUpSent: guardian?.notifyFollowUpSent ?? true,
  });
  const [state, setState] = useState<'idle' | 'busy' | 'saved' | 'failed'>('idle');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setState('busy');
    try {
      const data = await request<{ updatePortalPreferences: PortalGuardian[] }>(
        UPDATE_PREFERENCES,
        {
          input: { preferredLanguage: language, ...notify },
        },
      );
      setGuardians(data.updatePortalPreferences);
      await i18n.changeLanguage(language);
      setState('saved');
    } catch {
      setState('failed');
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack>
        <Title order={1} size="h2">
          {t('prefs.title')}
        </Title>
        {state === 'saved' && (
          <Alert color="green" role="status">
            {t('prefs.saved')}
          </Alert>
        )}
        {state === 'failed' && (
          <Alert color="red" role="alert">
            {t('app.unexpected')}
          </Alert>
        )}
        <Radio.Group
          label={t('prefs.language')}
          value={language}
          onChange={(value) => setLanguage(asPortalLanguage(value) ?? 'en')}
        >
          <Stack gap="xs" mt="xs">
            {PORTAL_LANGUAGES.map((value) => (
              <Radio key={value} value={value} label={NAMES[value]} size="md" />
            ))}
          </Stack>
        </Radio.Group>
        <Stack gap="xs" role="group" aria-labelledby="emails-label">
          <Text fw={500} size="sm" id="emails-label">
            {t('prefs.emails')}
          </Text>
          {NOTIFY.map((key) => (
            <Checkbox
              key={key}
              size="md"
              label={t(`prefs.${key}`)}
              checked={notify[key]}
              onChange={(event) => {
                const checked = event.currentTarget.checked;
                setNotify((previous) => ({ ...previous, [key]: checked }));
              }}
            />
          ))}
        </Stack>
        <Button type="submit" size="lg" loading={state === 'busy'}>
          {t('prefs.save')}
        </Button>
      </Stack>
    </form>
  );
}

import { ActionIcon, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

/** The search icon's path (a magnifying glass), drawn here: the console has no icon set. */
const MAGNIFIER =
  'M10 2a8 8 0 0 1 6.32 12.9l5.39 5.4-1.41 1.41-5.4-5.39A8 8 0 1 1 10 2zm0 2a6 6 0 1 0 0 12 6 6 0 0 0 0-12z';

function Magnifier() {
  return (
    <svg width={18} height={18} viewBox="0 0 24 24" aria-hidden="true" fill="currentColor">
      <path d={MAGNIFIER} />
    </svg>
  );
}

/**
 * Search in the header: a box on a desktop (Enter opens /search?q=…), a button to the search
 * page on a phone, where the header has no room for a box.
 */
export function HeaderSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [text, setText] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const q = text.trim();
    if (q) void navigate(`/search?q=${encodeURIComponent(q)}`);
  };

  return (
    <>
      <form role="search" onSubmit={submit} aria-label={t('nav.search')}>
        <TextInput
          visibleFrom="sm"
          type="search"
          size="sm"
          w={260}
          maxLength={200}
          aria-label={t('nav.search')}
          placeholder={t('nav.searchPlaceholder')}
          leftSection={<Magnifier />}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
        />
      </form>
      <ActionIcon
        hiddenFrom="sm"
        component={Link}
        to="/search"
        variant="default"
        size="lg"
        aria-label={t('nav.search')}
      >
        <Magnifier />
      </ActionIcon>
    </>
  );
}

import { Box, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

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
 * Search in the header, on a desktop: Enter opens /search?q=…. A phone's header has no room
 * beside "Log a call" (in Spanish, the longest): there, the menu's first link is Search.
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
    <Box
      component="form"
      visibleFrom="sm"
      role="search"
      onSubmit={submit}
      aria-label={t('nav.search')}
    >
      <TextInput
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
    </Box>
  );
}

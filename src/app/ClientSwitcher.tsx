import { Avatar, Select } from '@mantine/core';
import { IconSelector } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useActiveClients, useClients } from '../stores/clients';

/** Which client every per-client section shows; the choice is kept by the core, so it survives restarts. */
export function ClientSwitcher() {
  const { t } = useTranslation();
  const active = useActiveClients();
  const current = useClients((s) => s.current);
  const setCurrent = useClients((s) => s.setCurrent);

  return (
    <Select
      label={t('switcher.label')}
      placeholder={active.length === 0 ? t('switcher.empty') : t('switcher.placeholder')}
      data={active.map((client) => ({ value: client.id, label: client.name }))}
      value={current?.id ?? null}
      onChange={(id) => {
        if (id && id !== current?.id) void setCurrent(id);
      }}
      disabled={active.length === 0}
      searchable
      allowDeselect={false}
      nothingFoundMessage={t('switcher.nothingFound')}
      leftSection={
        current ? <Avatar name={current.name} color="initials" size={22} radius="xl" aria-hidden /> : undefined
      }
      rightSection={<IconSelector size={16} />}
      rightSectionPointerEvents="none"
      styles={{
        label: { fontSize: 'var(--mantine-font-size-xs)', color: 'var(--mantine-color-dimmed)', marginBottom: 4 },
      }}
      comboboxProps={{ shadow: 'md' }}
      data-testid="client-switcher"
    />
  );
}

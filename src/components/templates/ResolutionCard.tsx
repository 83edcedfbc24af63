import { Badge, Group, Paper, PasswordInput, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { IntegrationResolution, ResolutionChoice } from '#contract';
import { choiceKey, type Choices } from './flow-state';

interface ResolutionCardProps {
  clientName: string;
  resolution: IntegrationResolution;
  choices: Choices;
  onChoice: (choice: ResolutionChoice) => void;
  secrets: Record<string, string>;
  onSecret: (header: string, value: string) => void;
}

/**
 * One integration in one target client: what its account already has, and for each missing list,
 * tag or custom field a choice (create it, pick another from the account, leave it out).
 */
export function ResolutionCard({
  clientName,
  resolution: r,
  choices,
  onChoice,
  secrets,
  onSecret,
}: ResolutionCardProps) {
  const { t } = useTranslation();
  const found = r.items.filter((i) => i.match !== null);
  const missing = r.items.filter((i) => i.match === null);
  const pools = { list: r.available.lists, tag: r.available.tags, field: r.available.fields };
  return (
    <Paper
      withBorder
      p="md"
      data-testid="resolution"
      role="region"
      aria-label={t('templates.resolve.title', { name: r.name, client: clientName })}
    >
      <Stack gap="sm">
        <div>
          <Title order={3} size="h5">
            {t('templates.resolve.title', { name: r.name, client: clientName })}
          </Title>
          {r.account && (
            <Text size="xs" c="dimmed">
              {t('templates.resolve.account', { url: r.account.apiUrl, user: r.account.user })}
            </Text>
          )}
        </div>
        {r.type === 'activecampaign' &&
          (missing.length === 0 ? (
            <Group gap={6}>
              <IconCheck size={16} color="var(--mantine-color-teal-6)" aria-hidden />
              <Text size="sm">{t('templates.resolve.allFound')}</Text>
            </Group>
          ) : (
            <Stack gap="xs">
              {found.length > 0 && (
                <Text size="sm" c="dimmed">
                  {t('templates.resolve.found', { count: found.length })}: {found.map((i) => i.name).join(', ')}
                </Text>
              )}
              <Text size="sm" fw={600}>
                {t('templates.resolve.missing', { count: missing.length })}
              </Text>
              {missing.map((item) => {
                const choice = choices[choiceKey(item.kind, item.name)] ?? { ...item, action: 'create' as const };
                const kindLabel = t(`templates.resolve.kind.${item.kind}`);
                return (
                  <Group
                    key={choiceKey(item.kind, item.name)}
                    gap="sm"
                    wrap="wrap"
                    align="center"
                    data-testid="missing-item"
                    aria-label={`${kindLabel} ${item.name}`}
                    role="group"
                  >
                    <Group gap={6} wrap="nowrap" miw={220}>
                      <Badge size="sm" variant="light" color="orange">
                        {kindLabel}
                      </Badge>
                      <Text size="sm" fw={500}>
                        {item.name}
                      </Text>
                    </Group>
                    <SegmentedControl
                      size="xs"
                      value={choice.action}
                      onChange={(action) => onChoice({ kind: item.kind, name: item.name, action: action })}
                      data={[
                        { value: 'create', label: t('templates.resolve.create') },
                        { value: 'pick', label: t('templates.resolve.pick') },
                        { value: 'drop', label: t('templates.resolve.drop') },
                      ]}
                    />
                    {choice.action === 'pick' && (
                      <Select
                        size="xs"
                        w={220}
                        aria-label={t('templates.resolve.pickLabel', { name: item.name })}
                        placeholder={t('templates.resolve.pickPlaceholder')}
                        data={pools[item.kind].map((o) => ({ value: o.id, label: o.name }))}
                        value={choice.pick?.id ?? null}
                        error={choice.pick === undefined}
                        searchable
                        onChange={(id) => {
                          const picked = pools[item.kind].find((o) => o.id === id);
                          onChoice({
                            kind: item.kind,
                            name: item.name,
                            action: 'pick',
                            ...(picked ? { pick: picked } : {}),
                          });
                        }}
                        comboboxProps={{ withinPortal: true }}
                      />
                    )}
                  </Group>
                );
              })}
            </Stack>
          ))}
        {r.secretHeaders.length > 0 && (
          <Stack gap="xs">
            <Text size="sm" fw={600}>
              {t('templates.resolve.secretTitle', { name: r.name })}
            </Text>
            <Text size="xs" c="dimmed">
              {t('templates.resolve.secretHelp')}
            </Text>
            {r.secretHeaders.map((header) => (
              <PasswordInput
                key={header}
                size="xs"
                label={t('templates.resolve.secretLabel', { header })}
                value={secrets[header] ?? ''}
                onChange={(e) => onSecret(header, e.currentTarget.value)}
                autoComplete="off"
              />
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconWand } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { getApi } from '../../../api';
import { useApiQuery } from '../use-api-query';

const CHECK_DELAY_MS = 300;

/**
 * The guide's "contact created but without tags": names with accents or special characters get a
 * warning and a one-click normalised form. Sending keeps whatever name the user chose.
 */
export function TagNameWarnings({
  names,
  onReplace,
}: {
  names: string[];
  onReplace: (from: string, to: string) => void;
}) {
  const { t } = useTranslation();
  const unique = [...new Set(names.filter((n) => n.trim() !== ''))];
  const query = useApiQuery(
    unique.length > 0 ? JSON.stringify(unique) : null,
    () => getApi().invoke('activecampaign:checkTagNames', { names: unique }),
    CHECK_DELAY_MS,
  );
  if (query.status !== 'ok') return null;
  // Answers come in the order asked, so the original spelling is found by position.
  const flagged = query.value
    .map((check, index) => ({ ...check, original: unique[index] ?? check.name }))
    .filter((check) => check.issues.some((issue) => issue === 'accents' || issue === 'special_characters'));
  if (flagged.length === 0) return null;

  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconAlertTriangle size={20} />}
      title={t('activecampaignWizard.tags.warnTitle')}
      data-testid="tag-warnings"
    >
      <Stack gap="xs">
        <Text size="sm">{t('activecampaignWizard.tags.warnBody')}</Text>
        {flagged.map((check) => (
          <Group key={check.original} gap="sm" justify="space-between" wrap="nowrap">
            <Text size="sm">
              {t('activecampaignWizard.tags.warnItem', {
                name: check.original,
                issues: check.issues
                  .filter((issue) => issue === 'accents' || issue === 'special_characters')
                  .map((issue) => t(`activecampaignWizard.tags.issues.${issue}`))
                  .join(t('activecampaignWizard.tags.issuesJoin')),
              })}
            </Text>
            {check.normalized !== '' && (
              <Button
                size="compact-sm"
                variant="white"
                color="dark"
                leftSection={<IconWand size={14} />}
                onClick={() => onReplace(check.original, check.normalized)}
                style={{ flexShrink: 0 }}
              >
                {t('activecampaignWizard.tags.use', { name: check.normalized })}
              </Button>
            )}
          </Group>
        ))}
      </Stack>
    </Alert>
  );
}

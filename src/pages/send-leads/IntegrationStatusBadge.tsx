import { Badge, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IntegrationStatus } from '#contract';

const colors: Record<IntegrationStatus, MantineColor> = {
  draft: 'gray',
  active: 'teal',
  inactive: 'dark',
  paused: 'yellow',
  needs_attention: 'red',
};

export function IntegrationStatusBadge({ status }: { status: IntegrationStatus }) {
  const { t } = useTranslation();
  return (
    <Badge size="sm" variant="light" color={colors[status]} data-testid="integration-status">
      {t(`sendLeads.status.${status}`)}
    </Badge>
  );
}

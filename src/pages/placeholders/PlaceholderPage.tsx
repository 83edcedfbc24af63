import { Badge, Container, EmptyState, Paper } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { useClients } from '../../stores/clients';

export type PlaceholderKey = 'leads' | 'logs';

interface PlaceholderPageProps {
  area: PlaceholderKey;
  icon: Icon;
}

/** A section that is planned but not built: says what will live here instead of showing nothing. */
export function PlaceholderPage({ area, icon: IconComponent }: PlaceholderPageProps) {
  const { t } = useTranslation();
  const current = useClients((s) => s.current);
  return (
    <Container size="lg" px={0}>
      <PageHeader
        title={t(`placeholders.${area}.title`)}
        subtitle={current ? t('placeholders.forClient', { name: current.name }) : undefined}
      />
      <Paper withBorder p="xl" py={64} data-testid={`placeholder-${area}`}>
        <EmptyState variant="light" size="lg" icon={<IconComponent size={32} stroke={1.6} />} maw={560} mx="auto">
          {/* Compound title: the shorthand renders a div, and the section needs a real heading. */}
          <EmptyState.Title order={2}>{t(`placeholders.${area}.heading`)}</EmptyState.Title>
          <EmptyState.Description>{t(`placeholders.${area}.body`)}</EmptyState.Description>
          <EmptyState.Actions>
            <Badge variant="light" color="gray" size="lg">
              {t('common.comingSoon')}
            </Badge>
          </EmptyState.Actions>
        </EmptyState>
      </Paper>
    </Container>
  );
}

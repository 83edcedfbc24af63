import { Button, Center, Code, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconBug } from '@tabler/icons-react';
import { Component, useState, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

declare const __APP_VERSION__: string;

interface Caught {
  error: Error;
  componentStack: string | null;
}

/** What "Copy details" puts on the clipboard: enough for support to find the failing code. */
export function errorDetails(caught: Caught, page: string): string {
  return [
    `Zero Bad Leads ${__APP_VERSION__} — ${page}`,
    `${caught.error.name}: ${caught.error.message}`,
    caught.error.stack ?? '',
    caught.componentStack ? `Component stack:${caught.componentStack}` : '',
  ]
    .filter(Boolean)
    .join('\n');
}

function PageError({ caught, page, onReload }: { caught: Caught; page: string; onReload: () => void }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  return (
    <Center mih="60vh">
      <Paper withBorder p="xl" maw={640} role="alert" data-testid="page-error">
        <Stack gap="md">
          <Group gap="sm">
            <IconBug size={24} aria-hidden />
            <Title order={1} size="h3">
              {t('errorBoundary.title')}
            </Title>
          </Group>
          <Text size="sm">{t('errorBoundary.body')}</Text>
          <Code block>{caught.error.message}</Code>
          <Group>
            <Button onClick={onReload}>{t('errorBoundary.reload')}</Button>
            <Button
              variant="default"
              onClick={() => {
                void navigator.clipboard.writeText(errorDetails(caught, page)).then(() => setCopied(true));
              }}
            >
              {copied ? t('errorBoundary.copied') : t('errorBoundary.copy')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Center>
  );
}

/**
 * One per page: an error while rendering a page shows what happened, with "Reload" and "Copy
 * details", instead of a blank window; the navigation stays usable. Keyed by the page, so going to
 * another page starts clean.
 */
export class PageErrorBoundary extends Component<{ page: string; children: ReactNode }, { caught: Caught | null }> {
  override state: { caught: Caught | null } = { caught: null };

  static getDerivedStateFromError(error: unknown): { caught: Caught } {
    return {
      caught: { error: error instanceof Error ? error : new Error(String(error)), componentStack: null },
    };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    const caught = {
      error: error instanceof Error ? error : new Error(String(error)),
      componentStack: info.componentStack ?? null,
    };
    this.setState({ caught });
    console.error(`Page ${this.props.page} failed to render`, error, info.componentStack);
  }

  override render(): ReactNode {
    const { caught } = this.state;
    if (!caught) return this.props.children;
    return <PageError caught={caught} page={this.props.page} onReload={() => this.setState({ caught: null })} />;
  }
}

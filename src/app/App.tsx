import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { colorSchemeManager } from './color-scheme';
import { ConnectionGate } from './ConnectionGate';
import { TOAST_WIDTH } from './layout';
import { Shell } from './Shell';
import { cssVariablesResolver, localizedTheme } from './theme';

export function App() {
  const { t } = useTranslation();
  const theme = useMemo(() => localizedTheme({ close: t('common.close') }), [t]);
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      colorSchemeManager={colorSchemeManager}
      defaultColorScheme="auto"
    >
      <Notifications position="bottom-left" containerWidth={TOAST_WIDTH} limit={3} autoClose={4000} />
      <ConnectionGate>
        <Shell />
      </ConnectionGate>
    </MantineProvider>
  );
}

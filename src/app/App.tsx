import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { colorSchemeManager } from './color-scheme';
import { ConnectionGate } from './ConnectionGate';
import { Shell } from './Shell';
import { cssVariablesResolver, theme } from './theme';

export function App() {
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      colorSchemeManager={colorSchemeManager}
      defaultColorScheme="auto"
    >
      <Notifications position="bottom-right" autoClose={4000} />
      <ConnectionGate>
        <Shell />
      </ConnectionGate>
    </MantineProvider>
  );
}

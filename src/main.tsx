import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initApi } from './api';
import { App } from './app/App';
import { cachedLanguagePreference, startSync } from './app/sync';
import { initI18n, resolveLanguage } from './i18n';

// Order matters: translations before the first render, the transport before the stores subscribe to it.
initI18n(resolveLanguage(cachedLanguagePreference()));
initApi();
startSync();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

import {
  IconAddressBook,
  IconChartBar,
  IconHistory,
  IconHome,
  IconSend,
  IconSettings,
  IconUsers,
  type Icon,
} from '@tabler/icons-react';
import type { Section } from '../stores/section';

export interface SectionMeta {
  icon: Icon;
  labelKey: `nav.${Section}`;
}

export const sectionMeta: Record<Section, SectionMeta> = {
  home: { icon: IconHome, labelKey: 'nav.home' },
  leads: { icon: IconUsers, labelKey: 'nav.leads' },
  sendLeads: { icon: IconSend, labelKey: 'nav.sendLeads' },
  logs: { icon: IconHistory, labelKey: 'nav.logs' },
  report: { icon: IconChartBar, labelKey: 'nav.report' },
  clients: { icon: IconAddressBook, labelKey: 'nav.clients' },
  settings: { icon: IconSettings, labelKey: 'nav.settings' },
};

/** The whole agency at a glance, above the groups: the first screen. */
export const homeSection = 'home' as const satisfies Section;
/** Per-client work first, app-wide management after: the order of the sidebar groups. */
export const workspaceSections = ['leads', 'sendLeads', 'logs', 'report'] as const satisfies readonly Section[];
export const appSections = ['clients', 'settings'] as const satisfies readonly Section[];

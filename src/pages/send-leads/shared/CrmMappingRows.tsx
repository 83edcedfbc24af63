import { ActionIcon, Button, Group, Loader, Select, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { AppErrorPayload, LeadFieldSource } from '#contract';
import { ErrorAlert } from '../../../components/ErrorAlert';
import type { Query } from '../use-api-query';
import type { CrmNamespace } from './CrmConnect';
import { useWizardText } from './wizard-text';

/** A row of lead value → CRM record field; what it points at in the CRM is the CRM's own. */
interface MappingRow {
  rowId: string;
  source: LeadFieldSource;
}

interface CrmMappingRowsProps<R extends MappingRow> {
  /** Whose words: mapping.source, .remove, .add and .loading. */
  ns: CrmNamespace;
  title: string;
  /** e.g. "property-row"; the e2e page models find the rows by it. */
  rowTestId: string;
  /** The lead values a row may send, in the order the picker lists them. */
  sources: readonly string[];
  sourceLabel: (source: LeadFieldSource) => string;
  sourceWidth: number;
  /** The CRM's list of fields the targets are picked from. */
  lookup: Query<unknown>;
  errorText: (error: AppErrorPayload) => string;
  /** Under the lookup's status, e.g. that the CRM has no field to fill. */
  notice?: ReactNode;
  rows: readonly R[];
  onRows: (rows: R[]) => void;
  /** The row "Add" appends. */
  newRow: () => R;
  /** The row's CRM side: its target picker, and whatever else the CRM offers there (HubSpot's "Create"). */
  renderTarget: (row: R, replace: (next: R) => void) => ReactNode;
  /** Under the rows, e.g. why creating a property failed. */
  footer?: ReactNode;
}

/** The HubSpot and Pipedrive mapping rows: pick a lead value, pick where it goes, remove, add another. */
export function CrmMappingRows<R extends MappingRow>(props: CrmMappingRowsProps<R>) {
  const { rows, onRows, lookup, sourceLabel } = props;
  const text = useWizardText(props.ns);
  const replace = (next: R) => onRows(rows.map((r) => (r.rowId === next.rowId ? next : r)));
  return (
    <Stack gap="sm">
      <Title order={3} size="h5">
        {props.title}
      </Title>
      {lookup.status === 'loading' && lookup.last === undefined && (
        <Group gap="xs" role="status">
          <Loader size="xs" />
          <Text size="sm">{text('mapping.loading')}</Text>
        </Group>
      )}
      {lookup.status === 'error' && (
        <ErrorAlert error={lookup.error} message={props.errorText(lookup.error)} onRetry={lookup.reload} />
      )}
      {props.notice}
      {rows.map((row) => (
        <Group key={row.rowId} gap="sm" align="flex-end" wrap="nowrap" data-testid={props.rowTestId}>
          <Select
            label={text('mapping.source')}
            data={props.sources.map((s) => ({ value: s, label: sourceLabel(s) }))}
            value={row.source}
            onChange={(value) => value && replace({ ...row, source: value })}
            allowDeselect={false}
            w={props.sourceWidth}
          />
          {props.renderTarget(row, replace)}
          <Tooltip label={text('mapping.remove')}>
            <ActionIcon
              variant="subtle"
              color="gray"
              size="lg"
              aria-label={`${text('mapping.remove')}: ${sourceLabel(row.source)}`}
              onClick={() => onRows(rows.filter((r) => r.rowId !== row.rowId))}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Tooltip>
        </Group>
      ))}
      {props.footer}
      <Group>
        <Button variant="subtle" leftSection={<IconPlus size={16} />} onClick={() => onRows([...rows, props.newRow()])}>
          {text('mapping.add')}
        </Button>
      </Group>
    </Stack>
  );
}

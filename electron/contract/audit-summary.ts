import type { AuditChange, AuditEntry, AuditKind, AuditVocabulary } from './audit';

/**
 * One sentence per change of the history, built the same way by the core (the stored English
 * summary, the CSV) and by the interface (in the user's language): "Integration “AC” edited: tags:
 * +vip −old; filter minimum score: 60 → 70; lists changed".
 */

/** The core's words: the summary stored with each row and the CSV when no labels are sent. */
export const defaultAuditVocabulary: AuditVocabulary = {
  kinds: {
    'client.created': 'Client “{{name}}” created',
    'client.renamed': 'Client renamed',
    'client.archived': 'Client “{{name}}” archived',
    'client.restored': 'Client “{{name}}” restored',
    'integration.created': 'Integration “{{name}}” created',
    'integration.edited': 'Integration “{{name}}” edited',
    'integration.activated': 'Integration “{{name}}” activated',
    'integration.paused': 'Integration “{{name}}” paused',
    'integration.resumed': 'Integration “{{name}}” resumed',
    'integration.deleted': 'Integration “{{name}}” deleted',
    'integration.keyReplaced': 'Integration “{{name}}”: key replaced',
    'scoring.created': 'Scoring profile “{{name}}” created',
    'scoring.edited': 'Scoring profile “{{name}}” edited',
    'scoring.activated': 'Scoring profile “{{name}}” activated',
    'scoring.deleted': 'Scoring profile “{{name}}” deleted',
    'leadSettings.changed': 'Lead settings changed',
    'copy.fromClient': '“{{name}}” copied from client “{{source}}”',
    'template.imported': '“{{name}}” imported from template “{{source}}”',
  },
  fields: {
    apiKey: 'API key',
    apiUrl: 'API URL',
    url: 'URL',
    timeoutMs: 'timeout (ms)',
    fixedTags: 'tags',
    signingSecret: 'signing secret',
    secretHeader: 'secret header',
    'filters.match': 'filter match',
    'filters.minScore': 'filter minimum score',
    'filters.maxScore': 'filter maximum score',
    filters: 'filter',
    qualifyAt: 'qualifies at',
    rules: 'rule',
    ranges: 'range',
    emailAllowlist: 'e-mail allowlist',
    mxCheck: 'MX check',
    intakeEnabled: 'intake API',
    intakeToken: 'intake API token',
  },
  set: '{{field}}: {{from}} → {{to}}',
  list: '{{field}}: {{changes}}',
  changed: '{{field}} changed',
  replaced: '{{field}} replaced',
  empty: '(empty)',
  yes: 'on',
  no: 'off',
};

/** The kind column of the CSV when no labels are sent: "integration.keyReplaced" → "Integration key replaced". */
export function defaultKindName(kind: AuditKind): string {
  const words = kind
    .replace('.', ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => values[key] ?? whole);
}

/**
 * A setting's name: the vocabulary's name for the whole path when it has one, else each part's
 * (`scoreTags.enabled` → "score tags enabled"); a part that is a name the user gave (a rule's label)
 * is quoted as typed.
 */
export function fieldLabel(field: string, vocabulary: AuditVocabulary): string {
  const known = vocabulary.fields[field];
  if (known !== undefined) return known;
  return field
    .split('.')
    .map((part) => {
      const named = vocabulary.fields[part];
      if (named !== undefined) return named;
      if (/^[a-z][A-Za-z0-9]*$/.test(part)) return part.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
      return `“${part}”`;
    })
    .join(' ');
}

function valueText(value: string | number | boolean | null, vocabulary: AuditVocabulary): string {
  if (value === null || value === '') return vocabulary.empty;
  if (typeof value === 'boolean') return value ? vocabulary.yes : vocabulary.no;
  return String(value);
}

export function describeChange(change: AuditChange, vocabulary: AuditVocabulary): string {
  const field = fieldLabel(change.field, vocabulary);
  switch (change.type) {
    case 'set':
      return fill(vocabulary.set, {
        field,
        from: valueText(change.from, vocabulary),
        to: valueText(change.to, vocabulary),
      });
    case 'list': {
      const changes = [...change.added.map((v) => `+${v}`), ...change.removed.map((v) => `−${v}`)].join(' ');
      return fill(vocabulary.list, { field, changes });
    }
    case 'changed':
      return fill(vocabulary.changed, { field });
    case 'replaced':
      return fill(vocabulary.replaced, { field });
  }
}

/** The sentence for the change's kind and subject, without its settings. */
export function describeHeadline(
  entry: Pick<AuditEntry, 'kind' | 'subjectName' | 'details'>,
  vocabulary: AuditVocabulary,
): string {
  return fill(vocabulary.kinds[entry.kind], {
    name: entry.subjectName ?? '',
    source: entry.details.source ?? '',
  });
}

export function describeAudit(
  entry: Pick<AuditEntry, 'kind' | 'subjectName' | 'details'>,
  vocabulary: AuditVocabulary = defaultAuditVocabulary,
): string {
  const headline = describeHeadline(entry, vocabulary);
  const changes = entry.details.changes.map((c) => describeChange(c, vocabulary));
  return changes.length === 0 ? headline : `${headline}: ${changes.join('; ')}`;
}

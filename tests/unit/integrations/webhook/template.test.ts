import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATE, parseTemplate, renderBody } from '../../../../electron/core/integrations/webhook/template';
import { templateRoot, type JsonValue } from '../../../../electron/core/integrations/webhook/template-values';
import { lead } from './support';

function render(template: string, overrides: Parameters<typeof lead>[0] = {}): unknown {
  const parsed = parseTemplate(template);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const root = templateRoot({
    lead: lead(overrides),
    client: { id: 'client-1', name: 'Agência "Norte"' },
    integrationId: 'integ-1',
    dispatchId: 'disp-1',
  });
  const body = renderBody(parsed.template, root);
  return JSON.parse(body) as unknown;
}

describe('webhook body templates', () => {
  it('offers the first and last name split as every CRM connector splits them', () => {
    const template = '{"first":"{{lead.firstName}}","last":"{{lead.lastName}}"}';
    expect(render(template, { fullName: 'Maria Fernanda Lima' })).toEqual({ first: 'Maria Fernanda', last: 'Lima' });
    expect(render(template, { fullName: 'Madonna' })).toEqual({ first: 'Madonna', last: '' });
  });

  it('the default template carries the whole lead, score, range, client and ids', () => {
    const body = render(DEFAULT_TEMPLATE) as { type: string; timestamp: string; data: Record<string, JsonValue> };
    expect(body.type).toBe('lead.qualified');
    expect(body.timestamp).toBe('2026-11-26T12:00:00.000Z');
    expect(body.data).toMatchObject({
      dispatchId: 'disp-1',
      integrationId: 'integ-1',
      client: { id: 'client-1', name: 'Agência "Norte"' },
      score: 82,
      scoreRange: 'high',
      qualified: true,
      test: false,
      lead: {
        email: 'maria.santos@acme.com.br',
        phoneE164: '+5511987654321',
        utm: { source: 'google', campaign: 'lançamento' },
        custom: { plano: 'pro' },
        validation: { email: { valid: true, kind: 'corporate' }, phone: { valid: true }, cnpj: { valid: true } },
      },
    });
  });

  it('a whole-string placeholder keeps the value type; inside text it is written as text', () => {
    const body = render(
      '{"s":"{{score}}","t":"score={{score}} ok={{qualified}}","u":"{{lead.utm}}","n":"{{ lead.company }}"}',
    );
    expect(body).toEqual({
      s: 82,
      t: 'score=82 ok=true',
      u: { source: 'google', campaign: 'lançamento' },
      n: 'Acme Comércio Ltda',
    });
  });

  it('missing values become null as a whole string and nothing inside text', () => {
    const body = render(
      '{"a":"{{lead.company}}","b":"Empresa: {{lead.company}}.","c":"{{lead.utm.term}}","d":"{{score}}","e":"{{lead.custom.plano}}"}',
      { company: null, score: null },
    );
    expect(body).toEqual({ a: null, b: 'Empresa: .', c: null, d: null, e: 'pro' });
  });

  it('values with quotes, backslashes, line breaks and braces cannot break out of their string', () => {
    const hostile = 'x", "admin": true, "y": "\\\\\n\r\t{{score}}</script>\u2028';
    const template = '{"name":"{{lead.fullName}}","note":"Lead: {{lead.fullName}}"}';
    const body = render(template, { fullName: hostile }) as Record<string, unknown>;
    expect(Object.keys(body)).toEqual(['name', 'note']);
    expect(body.name).toBe(hostile);
    expect(body.note).toBe(`Lead: ${hostile}`);
  });

  it('keeps any Unicode intact, including astral characters and lone surrogates as valid JSON', () => {
    const fancy = 'João Ñandú 🚀 李雷 \u0000 \ud800';
    const parsed = parseTemplate('{"n":"{{lead.fullName}}"}');
    if (!parsed.ok) throw new Error('template');
    const text = renderBody(
      parsed.template,
      templateRoot({
        lead: lead({ fullName: fancy }),
        client: { id: 'c', name: '' },
        integrationId: 'i',
        dispatchId: 'd',
      }),
    );
    expect(() => JSON.parse(text) as unknown).not.toThrow();
    expect((JSON.parse(text) as { n: string }).n.startsWith('João Ñandú 🚀 李雷')).toBe(true);
    expect(text).toContain('\\u0000');
    expect(text).toContain('\\ud800');
  });

  it('a "__proto__" key in the template stays an ordinary key', () => {
    const body = render('{"__proto__":{"polluted":"{{score}}"},"ok":1}') as Record<string, unknown>;
    expect(Object.hasOwn(body, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('arrays and nested documents render everywhere', () => {
    expect(render('[{"e":"{{lead.email}}"},["{{lead.isTest}}",1,null]]')).toEqual([
      { e: 'maria.santos@acme.com.br' },
      [false, 1, null],
    ]);
  });

  it('refuses invalid JSON, a scalar document, unknown placeholders and placeholders in names', () => {
    const reasons = (t: string) => {
      const r = parseTemplate(t);
      return r.ok ? [] : r.issues.map((i) => [i.reason, i.path.join('/')]);
    };
    expect(reasons('{"a": }')).toEqual([['invalid_json', '']]);
    expect(reasons('"{{lead.email}}"')).toEqual([['not_object', '']]);
    expect(reasons('{"a":{"b":["{{lead.emial}}"]}}')).toEqual([['unknown_placeholder', 'a/b/0']]);
    expect(reasons('{"{{lead.email}}":1}')).toEqual([['placeholder_in_key', '{{lead.email}}']]);
    expect(reasons('{"a":"{{lead.utm.}}"}')).toEqual([['unknown_placeholder', 'a']]);
    expect(reasons('{"a":"literal {{ but not closed"}')).toEqual([]);
  });

  it('suggests the placeholder a typo most likely meant, and nothing for a name far from all', () => {
    const message = (t: string) => {
      const r = parseTemplate(t);
      return r.ok ? '' : (r.issues[0]?.message ?? '');
    };
    expect(message('{"e":"{{lead.emial}}"}')).toBe('Unknown placeholder {{lead.emial}}. Did you mean {{lead.email}}?');
    expect(message('{"s":"{{Score}}"}')).toBe('Unknown placeholder {{Score}}. Did you mean {{score}}?');
    expect(message('{"x":"{{lead.shoeSize}}"}')).toBe('Unknown placeholder {{lead.shoeSize}}.');
  });
});

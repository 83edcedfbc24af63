import { describe, expect, it } from 'vitest';
import { checkTagName, normalizeTagName } from '../../../../electron/core/integrations/activecampaign/tag-names';

describe('tag names', () => {
  it('accepts plain names as they are', () => {
    expect(checkTagName('qualified-lead')).toEqual({
      name: 'qualified-lead',
      normalized: 'qualified-lead',
      issues: [],
    });
    expect(checkTagName('Lead Quente_2026.1')).toMatchObject({ issues: [], normalized: 'Lead Quente_2026.1' });
  });

  it('warns about accents and offers the folded form', () => {
    expect(checkTagName('Promoção')).toEqual({ name: 'Promoção', normalized: 'Promocao', issues: ['accents'] });
    expect(checkTagName('Straße')).toMatchObject({ normalized: 'Strasse', issues: ['accents'] });
  });

  it('warns about special characters and turns them into hyphens', () => {
    expect(checkTagName('lead #quente!')).toMatchObject({ normalized: 'lead-quente', issues: ['special_characters'] });
    expect(checkTagName('vendas/2026')).toMatchObject({ normalized: 'vendas-2026' });
    expect(checkTagName('🔥 lead')).toMatchObject({ normalized: 'lead', issues: ['special_characters'] });
  });

  it('reports both issues together, and empty and too long names', () => {
    expect(checkTagName('Ação & Reação').issues).toEqual(['accents', 'special_characters']);
    expect(checkTagName('Ação & Reação').normalized).toBe('Acao-Reacao');
    expect(checkTagName('   ').issues).toContain('empty');
    expect(checkTagName('x'.repeat(256)).issues).toContain('too_long');
  });

  it('normalises idempotently', () => {
    const once = normalizeTagName('  Pós-Venda  ## VIP  ');
    expect(once).toBe('Pos-Venda-VIP');
    expect(normalizeTagName(once)).toBe(once);
    expect(checkTagName(once).issues).toEqual([]);
  });
});

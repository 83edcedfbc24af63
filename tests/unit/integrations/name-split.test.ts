import { describe, expect, it } from 'vitest';
import { splitFullName } from '../../../electron/core/integrations/activecampaign/name-split';

describe('full name → first and last name', () => {
  it.each([
    ['Maria da Silva Santos', 'Maria', 'da Silva Santos'],
    ['João de Souza', 'João', 'de Souza'],
    ['Ana Paula dos Santos', 'Ana Paula', 'dos Santos'],
    ['José Carlos de Souza Filho', 'José Carlos', 'de Souza Filho'],
    ['Pedro Álvares Cabral', 'Pedro', 'Álvares Cabral'],
    ['Maria Clara Oliveira da Silva', 'Maria', 'Clara Oliveira da Silva'],
    ['Madonna', 'Madonna', ''],
    ['  joão   DAS  neves ', 'joão', 'DAS neves'],
    ['Maria de', 'Maria', 'de'],
    ['Santos, Maria', 'Maria', 'Santos'],
    ['', '', ''],
  ])('%j → %j / %j', (full, firstName, lastName) => {
    expect(splitFullName(full)).toEqual({ firstName, lastName });
  });
});

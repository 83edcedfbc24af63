import { describe, expect, it } from 'vitest';
import { splitFullName } from '../../../electron/core/integrations/shared/name-split';

describe('full name → first and last name', () => {
  it.each([
    ['Maria da Silva Santos', 'Maria', 'da Silva Santos'],
    ['João de Souza', 'João', 'de Souza'],
    ['Ana Paula dos Santos', 'Ana Paula', 'dos Santos'],
    ['José Carlos de Souza Filho', 'José Carlos', 'de Souza Filho'],
    ['Pedro Álvares Cabral', 'Pedro', 'Álvares Cabral'],
    ['Maria Clara Oliveira da Silva', 'Maria Clara', 'Oliveira da Silva'],
    ['Maria Fernanda Lima', 'Maria Fernanda', 'Lima'],
    ['João Pedro Alves Costa', 'João Pedro', 'Alves Costa'],
    ['Joao Pedro Alves', 'Joao Pedro', 'Alves'],
    ['Carlos Eduardo Ferreira', 'Carlos Eduardo', 'Ferreira'],
    ['Luiz Henrique de Almeida', 'Luiz Henrique', 'de Almeida'],
    ['Ana Luíza Martins', 'Ana Luíza', 'Martins'],
    ['Bruno Henrique Souza Lima', 'Bruno Henrique', 'Souza Lima'],
    ['Fernando Henrique Cardoso', 'Fernando Henrique', 'Cardoso'],
    ['MARIA EDUARDA COSTA', 'MARIA EDUARDA', 'COSTA'],
    ['Maria Fernanda', 'Maria', 'Fernanda'],
    ['Rodrigo Martins Costa', 'Rodrigo', 'Martins Costa'],
    ['Maria Rosa Souza', 'Maria', 'Rosa Souza'],
    ['Lima, Maria Fernanda', 'Maria Fernanda', 'Lima'],
    ['Madonna', 'Madonna', ''],
    ['  joão   DAS  neves ', 'joão', 'DAS neves'],
    ['Maria de', 'Maria', 'de'],
    ['Santos, Maria', 'Maria', 'Santos'],
    ['', '', ''],
  ])('%j → %j / %j', (full, firstName, lastName) => {
    expect(splitFullName(full)).toEqual({ firstName, lastName });
  });
});

import { describe, expect, it } from 'vitest';
import { normalizeNameCase, validateName } from '../../../electron/core/leads/validation/names';

describe('names', () => {
  it('accepts ordinary Brazilian names', () => {
    for (const name of [
      'Maria da Silva',
      'João',
      'José Carlos de Souza Filho',
      'Ana-Paula Ribeiro',
      'Kelly Cristina',
      'Li Wei',
      'Roberty Souza',
      'Wyllyams Schmidt',
    ]) {
      expect(validateName(name), name).toEqual({ status: 'ok', display: name, flags: [] });
    }
  });

  it('puts ALL CAPS names in name case, with Portuguese particles lower-case', () => {
    expect(normalizeNameCase('MARIA DA SILVA')).toBe('Maria da Silva');
    expect(normalizeNameCase('JOSÉ DOS SANTOS E SOUZA')).toBe('José dos Santos e Souza');
    expect(normalizeNameCase('ANA DAS DORES DO CARMO DE JESUS')).toBe('Ana das Dores do Carmo de Jesus');
    expect(normalizeNameCase('DA SILVA')).toBe('Da Silva');
    expect(normalizeNameCase("JOANA D'ÁVILA")).toBe("Joana D'Ávila");
    expect(normalizeNameCase('ANA-MARIA ÇAVALCANTI')).toBe('Ana-Maria Çavalcanti');
    expect(normalizeNameCase('DOM PEDRO II')).toBe('Dom Pedro II');
    expect(normalizeNameCase('  MARIA   DA  SILVA ')).toBe('Maria da Silva');
    expect(validateName('MARIA DA SILVA')).toEqual({ status: 'ok', display: 'Maria da Silva', flags: [] });
  });

  it('also fixes all lower-case names, but keeps mixed case as typed', () => {
    expect(normalizeNameCase('maria da silva')).toBe('Maria da Silva');
    expect(normalizeNameCase('McDonald da Costa')).toBe('McDonald da Costa');
    expect(normalizeNameCase('maria DA SILVA')).toBe('maria DA SILVA');
  });

  it('reports a missing name', () => {
    for (const input of ['', '   ', '-', '...']) {
      expect(validateName(input), input).toEqual({ status: 'missing', display: '', flags: [] });
    }
  });

  it('flags initials-only names', () => {
    for (const input of ['A', 'J.', 'J. K.', 'a b']) {
      expect(validateName(input), input).toMatchObject({ status: 'suspicious', flags: ['singleLetters'] });
    }
    expect(validateName('J. Silva').flags).toEqual([]);
  });

  it('flags keyboard mash', () => {
    for (const input of ['asdf', 'qwerty', 'asd', 'zxcvb', 'Lkjh', 'sdfghj', 'bcdfg', 'Maria Xkcdqw']) {
      expect(validateName(input).flags, input).toContain('keyboardMash');
    }
  });

  it('flags letters repeated three times or more', () => {
    for (const input of ['aaaa', 'xxx', 'Mariaaa']) {
      expect(validateName(input).flags, input).toContain('repeatedChars');
    }
    expect(validateName('Isaac').flags).toEqual([]);
  });

  it('flags digits, placeholders and e-mails typed as names', () => {
    expect(validateName('Maria 123').flags).toEqual(['hasDigits']);
    expect(validateName('Teste').flags).toEqual(['placeholder']);
    expect(validateName('Fulano de Tal').flags).toEqual(['placeholder']);
    expect(validateName('teste da silva').flags).toContain('placeholder');
    expect(validateName('joao@gmail.com').flags).toContain('looksLikeEmail');
    expect(validateName('Maria 123').status).toBe('suspicious');
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MailChecker from 'mailchecker';
import { describe, expect, it } from 'vitest';
import { quotedDomainList } from '../../../electron/core/leads/validation/domain-list';
import { disposableMatch, readMailcheckerDomains } from '../../../electron/core/leads/validation/email-lists';

describe('the compact list of disposable domains', () => {
  it("reads mailchecker's file as exactly the module's list", () => {
    const module = MailChecker.blacklist();
    const list = readMailcheckerDomains(createRequire(__filename).resolve('mailchecker'));
    expect(list).not.toBeNull();
    expect(list!.size).toBe(module.size);
    let checked = 0;
    for (const domain of module) {
      // Each domain, and its near neighbours in sort order, answer as the module's Set does.
      for (const probe of [domain, `${domain}x`, domain.slice(0, -1), `0${domain}`, `~${domain}`]) {
        if (list!.has(probe) !== module.has(probe)) throw new Error(`${probe}: differs from the module`);
        checked++;
      }
    }
    expect(checked).toBe(module.size * 5);
  });

  it('matches a listed domain and its subdomains, and nothing else', () => {
    expect(disposableMatch('mailinator.com')).toBe('mailinator.com');
    expect(disposableMatch('inbox.mailinator.com')).toBe('mailinator.com');
    expect(disposableMatch('mailinator.com.br')).toBeNull();
    expect(disposableMatch('empresa.com.br')).toBeNull();
  });

  it('is null for a file that is missing or no longer holds the list as items of a Set', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zbl-domains-'));
    const file = join(dir, 'index.js');
    writeFileSync(file, 'module.exports = { blacklist: () => new Set(require("./list.json")) };');
    expect(readMailcheckerDomains(file)).toBeNull();
    writeFileSync(file, 'var blacklist = new Set(["b.com","a.com"]);');
    expect(readMailcheckerDomains(file)).toBeNull();
    expect(readMailcheckerDomains(join(dir, 'missing.js'))).toBeNull();
  });

  it('takes only sorted, distinct, plain items', () => {
    const list = quotedDomainList('"a.com","b.com","b.com.br","c.io"');
    expect(list?.size).toBe(4);
    for (const domain of ['a.com', 'b.com', 'b.com.br', 'c.io']) expect(list?.has(domain)).toBe(true);
    for (const domain of ['', 'a', 'a.co', 'a.comm', 'b.com.b', 'c.i', 'c.iox', 'd.com', '"a.com"'])
      expect(list?.has(domain)).toBe(false);
    expect(quotedDomainList('"only.one"')?.has('only.one')).toBe(true);

    for (const text of [
      '',
      '""',
      'a.com',
      '"b.com","a.com"',
      '"a.com","a.com"',
      '"a.com","","b.com"',
      '"a.com","b\\".com"',
      '"a.com","b".com"',
      '"a.com", "b.com"',
    ])
      expect(quotedDomainList(text), text).toBeNull();
  });
});

import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Clock, Log, LogFields } from '../ports';
import { Redactor } from '../lib/redact';

type Level = 'debug' | 'info' | 'warn' | 'error';
const order: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const MAX_BYTES = 5 * 1024 * 1024;

export interface FileLogOptions {
  dir: string;
  clock: Clock;
  level?: Level;
  /** Also echo to the console (the headless host does; Electron does in development). */
  echo?: boolean;
}

/** JSON lines in `<dataDir>/logs/app.log`, rotated at 5 MB, every line passed through the redactor. */
export function createFileLog(options: FileLogOptions): Log & { file: string } {
  mkdirSync(options.dir, { recursive: true });
  const file = join(options.dir, 'app.log');
  const min = order[options.level ?? 'info'];
  const redactor = new Redactor();

  function rotateIfLarge(): void {
    try {
      if (statSync(file).size > MAX_BYTES) renameSync(file, `${file}.1`);
    } catch {
      // No file yet: nothing to rotate.
    }
  }

  function write(level: Level, message: string, fields?: LogFields): void {
    if (order[level] < min) return;
    const entry = {
      time: new Date(options.clock.now()).toISOString(),
      level,
      message: redactor.text(message),
      ...(fields ? (redactor.value(fields) as LogFields) : {}),
    };
    const line = JSON.stringify(entry);
    rotateIfLarge();
    appendFileSync(file, `${line}\n`);
    if (options.echo) (level === 'error' || level === 'warn' ? console.error : console.log)(line);
  }

  return {
    file,
    debug: (m, f) => write('debug', m, f),
    info: (m, f) => write('info', m, f),
    warn: (m, f) => write('warn', m, f),
    error: (m, f) => write('error', m, f),
    redactValue: (v) => redactor.addValue(v),
  };
}

import { pino, type Logger } from 'pino';
import type { YogaLogger } from 'graphql-yoga';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** The server's structured log: one JSON object a line on stdout (pino), at `level` and above. */
export function createLogger(level: LogLevel = 'info'): Logger {
  return pino({ level, base: { service: 'stakeholder-atlas' }, redact: ['req.headers.authorization'] });
}

/** A logger that writes nothing: the default for apps made in tests. */
export const silentLogger = (): Logger => pino({ level: 'silent' });

/** Yoga's own messages (an unexpected error's stack, above all) into the same log. */
export function yogaLogger(logger: Logger): YogaLogger {
  const write = (level: 'debug' | 'info' | 'warn' | 'error') => (...args: unknown[]) => {
    const [first, ...rest] = args;
    if (first instanceof Error) logger[level]({ err: first }, first.message);
    else logger[level]({ details: rest.length ? rest : undefined }, String(first));
  };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}

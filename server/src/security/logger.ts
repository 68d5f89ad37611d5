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

type Level = 'debug' | 'info' | 'warn' | 'error';

/**
 * Yoga's own messages (an unexpected error's stack, above all) into the same log. Yoga reports every
 * error it masked as an error; `errorLevel` may say an error is less than that (an unknown id is
 * the client's mistake, and the request's own line already names its code).
 */
export function yogaLogger(logger: Logger, errorLevel: (error: Error) => Level = () => 'error'): YogaLogger {
  const write = (level: Level) => (...args: unknown[]) => {
    const [first, ...rest] = args;
    if (first instanceof Error) logger[level === 'error' ? errorLevel(first) : level]({ err: first }, first.message);
    else logger[level]({ details: rest.length ? rest : undefined }, String(first));
  };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}

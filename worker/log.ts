// Structured logs: one JSON object a line, always with the request id when there is a request, never with
// secrets or buyers' personal data (log ids, not names or texts).
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
  child(fields: LogFields): Logger;
}

export type LogSink = (level: LogLevel, line: string) => void;

const consoleSink: LogSink = (level, line) => (level === 'error' ? console.error(line) : console.log(line));

export function createLogger(options: { level?: LogLevel; sink?: LogSink; fields?: LogFields } = {}): Logger {
  const min = ORDER[options.level ?? 'info'];
  const sink = options.sink ?? consoleSink;
  const base = options.fields ?? {};
  const write = (level: LogLevel, msg: string, fields?: LogFields) => {
    if (ORDER[level] < min) return;
    sink(level, JSON.stringify({ time: new Date().toISOString(), level, msg, ...base, ...fields }));
  };
  return {
    debug: (m, f) => write('debug', m, f),
    info: (m, f) => write('info', m, f),
    warn: (m, f) => write('warn', m, f),
    error: (m, f) => write('error', m, f),
    child: (fields) => createLogger({ level: options.level, sink, fields: { ...base, ...fields } }),
  };
}

/** Describes an unknown thrown value for a log line without dumping objects that may hold secrets. */
export function describeError(error: unknown): LogFields {
  if (error instanceof Error) {
    // Drizzle wraps driver errors ("Failed query: …"): the cause says what the database objected to.
    const cause = error.cause instanceof Error ? { cause: error.cause.message } : {};
    // Its message also lists the statement's parameters, which may be a buyer's words: never logged.
    const message = error.message.replace(/\nparams: [\s\S]*$/, '');
    const frames = error.stack?.split('\n').filter((line) => /^\s+at /.test(line)).slice(0, 5);
    return { error: message.slice(0, 500), errorName: error.name, ...cause, stack: frames?.join('\n') };
  }
  return { error: String(error) };
}

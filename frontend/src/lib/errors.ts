// The one place errors from Go are turned into words for people. Go rejects
// a binding's promise with a JSON string {"code","message"} (app/errors.go).

export interface UserError {
  code: string;
  message: string;
}

export function toUserError(err: unknown): UserError {
  if (err && typeof err === 'object' && !(err instanceof Error) && typeof (err as UserError).message === 'string') {
    // Already parsed, e.g. by a future runtime.
    const e = err as Partial<UserError>;
    return { code: String(e.code ?? 'internal'), message: e.message || 'Something went wrong.' };
  }
  const raw = typeof err === 'string' ? err : err instanceof Error ? err.message : err == null ? '' : String(err);
  try {
    const parsed = JSON.parse(raw);
    if (parsed && typeof parsed.message === 'string') {
      return { code: String(parsed.code ?? 'internal'), message: parsed.message };
    }
  } catch {
    // not JSON: a transport or programming error
  }
  return { code: 'internal', message: raw || 'Something went wrong.' };
}

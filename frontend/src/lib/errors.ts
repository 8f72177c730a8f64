// The one place errors from Go are turned into words for people. Go rejects
// a binding's promise with a JSON string {"code","message"} (app/errors.go).

export interface UserError {
  code: string;
  message: string;
}

export function toUserError(err: unknown): UserError {
  const raw = typeof err === 'string' ? err : err instanceof Error ? err.message : String(err);
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

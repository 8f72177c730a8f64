import { describe, expect, it } from 'vitest';
import { toUserError } from '../lib/errors';

describe('toUserError', () => {
  it('reads the JSON error Go sends', () => {
    expect(toUserError('{"code":"not_found","message":"There is no thread 9."}')).toEqual({ code: 'not_found', message: 'There is no thread 9.' });
  });
  it('keeps other errors readable', () => {
    expect(toUserError(new Error('socket closed'))).toEqual({ code: 'internal', message: 'socket closed' });
    expect(toUserError('plain')).toEqual({ code: 'internal', message: 'plain' });
    expect(toUserError('{"unexpected":true}').code).toBe('internal');
  });
});

describe('toUserError with unusual values', () => {
  it('accepts an already parsed error and empty values', () => {
    expect(toUserError({ code: 'invalid', message: 'Pick a thread.' })).toEqual({ code: 'invalid', message: 'Pick a thread.' });
    expect(toUserError(undefined).message).toBe('Something went wrong.');
    expect(toUserError('').message).toBe('Something went wrong.');
    expect(toUserError('42')).toEqual({ code: 'internal', message: '42' });
  });
});

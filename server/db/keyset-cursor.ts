import { AppError } from '../errors';

/** Keyset position in a newest-first list: the last row's time and id. */
export interface Position {
  at: number;
  id: number;
}

export function encodeCursor(position: Position): string {
  return Buffer.from(`${position.at}:${position.id}`).toString('base64url');
}

export function decodeCursor(cursor: string): Position {
  const [at, id] = Buffer.from(cursor, 'base64url').toString().split(':').map(Number);
  if (at === undefined || id === undefined || !Number.isFinite(at) || !Number.isInteger(id)) {
    throw AppError.validation([{ path: 'cursor', message: 'not a cursor returned by this list' }]);
  }
  return { at, id };
}

import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError, isAppError } from '../errors';
import type { Logger } from '../logger';
import type { AppEnv } from '../security/principal';

/** The one mapping from errors to HTTP: `{ error: { code, message, details?, requestId } }`. */
export function toErrorResponse(error: unknown, c: Context<AppEnv>, logger: Logger): Response {
  const requestId = c.get('requestId');
  let appError: AppError;
  if (isAppError(error)) {
    appError = error;
  } else if (error instanceof HTTPException && error.status === 413) {
    appError = new AppError('payload_too_large', 'The request body is larger than this server accepts');
  } else if (error instanceof SyntaxError) {
    appError = new AppError('bad_request', `The body is not valid JSON: ${error.message}`);
  } else if (error instanceof HTTPException && error.status < 500) {
    appError = new AppError('bad_request', error.message || 'Bad request');
  } else {
    logger.error({ err: error, requestId }, 'unhandled error');
    appError = new AppError('internal', 'Something went wrong on our side; the request id helps us find it');
  }
  const body = {
    error: {
      code: appError.code,
      message: appError.message,
      ...(appError.details === undefined ? {} : { details: appError.details }),
      requestId,
    },
  };
  return c.json(body, appError.status as ContentfulStatusCode);
}

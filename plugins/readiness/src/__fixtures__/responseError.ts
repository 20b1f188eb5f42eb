import { ResponseError } from '@backstage/errors';

const STATUS_TEXT: Record<number, string> = {
  403: 'Forbidden',
  404: 'Not Found',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
};

const ERROR_NAMES: Record<number, string> = {
  403: 'NotAllowedError',
  404: 'NotFoundError',
};

/** The `ResponseError` the client throws for a backend error response with this message. */
export function responseError(
  status: number,
  message: string,
): Promise<ResponseError> {
  return ResponseError.fromResponse(
    new Response(
      JSON.stringify({
        error: { name: ERROR_NAMES[status] ?? 'Error', message },
        response: { statusCode: status },
      }),
      {
        status,
        statusText: STATUS_TEXT[status] ?? 'Error',
        headers: { 'Content-Type': 'application/json' },
      },
    ),
  );
}

import { ResponseError } from '@backstage/errors';
import { errorReason, errorStatus } from './errorReason';

describe('errorReason', () => {
  it("takes a ResponseError's reason from the backend's serialized error", async () => {
    const error = await ResponseError.fromResponse(
      new Response(
        JSON.stringify({
          error: { name: 'NotFoundError', message: 'No cluster named "x"' },
          response: { statusCode: 404 },
        }),
        { status: 404, headers: { 'Content-Type': 'application/json' } },
      ),
    );

    expect(errorReason(error)).toBe('No cluster named "x"');
  });

  it('uses the message of any other error', () => {
    expect(errorReason(new TypeError('Failed to fetch'))).toBe(
      'Failed to fetch',
    );
  });
});

describe('errorStatus', () => {
  it('gives the status code of a backend response', async () => {
    const error = await ResponseError.fromResponse(
      new Response(
        JSON.stringify({
          error: { name: 'NotAllowedError', message: 'Forbidden' },
          response: { statusCode: 403 },
        }),
        { status: 403, headers: { 'Content-Type': 'application/json' } },
      ),
    );

    expect(errorStatus(error)).toBe(403);
  });

  it('has none for an error that is not a response', () => {
    expect(errorStatus(new TypeError('Failed to fetch'))).toBeUndefined();
  });
});

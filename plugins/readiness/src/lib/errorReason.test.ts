import { ResponseError } from '@backstage/errors';
import { errorReason } from './errorReason';

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

import { downloadText } from './downloadText';

describe('downloadText', () => {
  const createObjectURL = jest.fn(() => 'blob:readiness-report');
  const revokeObjectURL = jest.fn();

  beforeEach(() => {
    jest.useFakeTimers();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
  });

  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  it('clicks a download link to a Blob of the text, then releases it', async () => {
    const click = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => {});

    downloadText('readiness-report.csv', 'cluster,total\n', 'text/csv');

    // The anchor the download was clicked on.
    const clicked = click.mock.contexts[0] as HTMLAnchorElement | undefined;
    expect(clicked?.download).toBe('readiness-report.csv');
    expect(clicked?.href).toBe('blob:readiness-report');
    const [blob] = createObjectURL.mock.calls[0] as unknown as [Blob];
    expect(blob.type).toBe('text/csv');
    expect(await blob.text()).toBe('cluster,total\n');
    expect(document.querySelector('a[download]')).toBeNull();

    jest.runAllTimers();
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:readiness-report');
  });
});

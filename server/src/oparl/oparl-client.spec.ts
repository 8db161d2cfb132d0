import { OparlClient, type FetchLike } from './oparl-client';

const json = (body: unknown, status = 200) =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), { status });

function clientWith(pages: Record<string, Response | Error>): OparlClient {
  const fetchImpl: FetchLike = (url) => {
    const answer = pages[url];
    if (answer === undefined) return Promise.resolve(json({}, 404));
    return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
  };
  return new OparlClient({ fetch: fetchImpl });
}

describe('OparlClient', () => {
  it('should follow links.next through every page', async () => {
    const client = clientWith({
      'http://x/l': json({ data: [{ id: 'a' }], links: { next: 'http://x/l?p=2' } }),
      'http://x/l?p=2': json({ data: [{ id: 'b' }, 'not an object'], links: {} }),
    });
    expect(await client.getList('http://x/l')).toEqual([{ id: 'a' }, { id: 'b' }]);
  });

  it('should stop a pagination loop', async () => {
    const client = clientWith({
      'http://x/l': json({ data: [], links: { next: 'http://x/l' } }),
    });
    await expect(client.getList('http://x/l')).rejects.toThrow('Endlose Paginierung');
  });

  it.each([
    [new TypeError('fetch failed'), 'OParl-System nicht erreichbar: http://x/s (fetch failed)'],
    [json('<html>', 200), 'Ungültiges JSON von http://x/s'],
    [json({}, 503), 'OParl-System antwortet mit HTTP 503: http://x/s'],
    [json([1, 2]), 'Kein OParl-Objekt von http://x/s'],
  ])('should turn %p into a clear error', async (answer, message) => {
    await expect(clientWith({ 'http://x/s': answer }).getObject('http://x/s')).rejects.toThrow(
      message,
    );
  });

  it('should reject a list without data', async () => {
    await expect(
      clientWith({ 'http://x/l': json({ items: [] }) }).getList('http://x/l'),
    ).rejects.toThrow('data fehlt');
  });
});

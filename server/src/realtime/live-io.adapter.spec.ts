import type { IncomingMessage } from 'node:http';
import { clientAddress, ConnectionsPerAddress } from './live-io.adapter';

function request(peer: string, forwardedFor?: string): IncomingMessage {
  return {
    socket: { remoteAddress: peer },
    headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor },
  } as unknown as IncomingMessage;
}

describe('clientAddress', () => {
  it('should use the peer and ignore X-Forwarded-For when no proxy is trusted', () => {
    expect(clientAddress(request('10.0.0.1', '203.0.113.7'), 0)).toBe('10.0.0.1');
  });

  it('should take the address the trusted proxies appended, not what the client sent', () => {
    expect(clientAddress(request('10.0.0.1', '203.0.113.7'), 1)).toBe('203.0.113.7');
    expect(clientAddress(request('10.0.0.1', 'forged, 203.0.113.7'), 1)).toBe('203.0.113.7');
    expect(clientAddress(request('10.0.0.2', 'forged, 203.0.113.7, 10.0.0.1'), 2)).toBe(
      '203.0.113.7',
    );
  });

  it('should fall back to the furthest address when fewer hops arrived than trusted', () => {
    expect(clientAddress(request('10.0.0.1'), 2)).toBe('10.0.0.1');
    expect(clientAddress(request('10.0.0.1', '203.0.113.7'), 3)).toBe('203.0.113.7');
  });
});

describe('ConnectionsPerAddress', () => {
  it('should admit up to the cap per address and again after one closes', () => {
    const connections = new ConnectionsPerAddress(2);
    expect(connections.add('a')).toBe(true);
    expect(connections.add('a')).toBe(true);
    expect(connections.add('a')).toBe(false);
    expect(connections.add('b')).toBe(true);
    connections.remove('a');
    expect(connections.hasRoom('a')).toBe(true);
  });
});

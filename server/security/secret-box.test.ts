import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SECRET_KEY_FILE, createSecretBox, loadSecretKey } from './secret-box';

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'siaga-key-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('secret box', () => {
  it('opens what it sealed, and the sealed form reveals nothing of the secret', () => {
    const box = createSecretBox(Buffer.alloc(32, 7));
    const sealed = box.seal('xoxb-rahasia-sekali');
    expect(sealed).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(sealed).not.toContain('rahasia');
    expect(box.seal('xoxb-rahasia-sekali')).not.toBe(sealed);
    expect(box.open(sealed)).toBe('xoxb-rahasia-sekali');
  });

  it('refuses a tampered secret and another key', () => {
    const box = createSecretBox(Buffer.alloc(32, 7));
    const sealed = box.seal('{"botToken":"1:abc"}');
    const [v, iv, tag, data] = sealed.split('.') as [string, string, string, string];
    const flipped = Buffer.from(data, 'base64url');
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    expect(() => box.open([v, iv, tag, flipped.toString('base64url')].join('.'))).toThrow();
    expect(() => createSecretBox(Buffer.alloc(32, 8)).open(sealed)).toThrow();
  });

  it('creates a key file readable only by its owner once, and reuses it', () => {
    const dir = tempDir();
    const key = loadSecretKey(undefined, dir);
    expect(key).toHaveLength(32);
    expect(fs.statSync(path.join(dir, SECRET_KEY_FILE)).mode & 0o777).toBe(0o600);
    expect(loadSecretKey(undefined, dir).equals(key)).toBe(true);
  });

  it('prefers the configured key, in hex or base64', () => {
    const dir = tempDir();
    expect(loadSecretKey('ab'.repeat(32), dir).equals(Buffer.alloc(32, 0xab))).toBe(true);
    expect(loadSecretKey(Buffer.alloc(32, 3).toString('base64'), dir).equals(Buffer.alloc(32, 3))).toBe(true);
    expect(fs.existsSync(path.join(dir, SECRET_KEY_FILE))).toBe(false);
  });
});

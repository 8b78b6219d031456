import { describe, expect, it } from 'vitest';
import { buildCurlExample } from './curl-example';

describe('buildCurlExample', () => {
  it('posts to the workspace batch endpoint with a bearer token', () => {
    const example = buildCurlExample('https://siaga.example', 4, 'sg_abc');
    expect(example).toContain("'https://siaga.example/api/workspaces/4/mentions/batch'");
    expect(example).toContain("-H 'Authorization: Bearer sg_abc'");
  });

  it('sends a JSON body the shell passes through unchanged', () => {
    const example = buildCurlExample('http://localhost:8080', 1);
    const body = /-d '(.*)'$/.exec(example)?.[1] ?? '';
    expect(JSON.parse(body)).toMatchObject({ mentions: [{ platform: 'instagram' }] });
  });
});

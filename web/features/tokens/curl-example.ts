/** A copy-paste example for sending mentions with an API token. */
export function buildCurlExample(origin: string, workspaceId: number, token = '<token>'): string {
  const body = JSON.stringify({
    mentions: [
      {
        platform: 'instagram',
        externalId: '1234567890',
        text: 'Pesanan saya belum sampai, kecewa banget',
        createdAt: '2025-01-31T08:00:00Z',
        authorHandle: 'budi_s',
        likes: 12,
      },
    ],
  });
  return [
    `curl -X POST '${origin}/api/workspaces/${workspaceId}/mentions/batch' \\`,
    `  -H 'Authorization: Bearer ${token}' \\`,
    `  -H 'Content-Type: application/json' \\`,
    `  -d '${body.replaceAll("'", "'\\''")}'`,
  ].join('\n');
}

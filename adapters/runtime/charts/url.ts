// A chart's public address: PUBLIC_URL (without a trailing slash) followed by the chart's path.
export const chartUrl = (publicUrl: string, path: string) => `${publicUrl.replace(/\/+$/, '')}${path}`;

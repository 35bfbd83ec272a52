// The PartnerKit Storybook: every element package's stories, this app's own pages, and the
// docs addon for MDX and autodocs. Run `npm run analyze` first (the build scripts do) so the
// custom-elements manifest the preview reads is up to date.
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: [
    '../docs/*.mdx',
    '../stories/**/*.stories.ts',
    '../../../packages/*/stories/**/*.stories.ts',
  ],
  addons: ['@storybook/addon-docs'],
  core: {
    // Hospital and CI networks are closed: never call home.
    disableTelemetry: true,
    enableCrashReports: false,
    disableWhatsNewNotifications: true,
  },
  docs: { defaultName: 'Docs' },
  async viteFinal(viteConfig) {
    return {
      ...viteConfig,
      // The Storybook's own UI bundles are large by nature; that is not a problem to report.
      build: { ...viteConfig.build, chunkSizeWarningLimit: 4096 },
      logLevel: 'warn',
    };
  },
};

export default config;

import type { AstroIntegration } from 'astro';

/**
 * Preview mode (drafts and scheduled articles shown with a banner) exists only
 * under `astro dev`. It is decided from the Astro command, not NODE_ENV or
 * Vite's DEV flag, so no environment can make `astro build` include a draft.
 */
export function previewMode(): AstroIntegration {
  return {
    name: 'warta-preview-mode',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { 'import.meta.env.WARTA_PREVIEW': JSON.stringify(command === 'dev') } } });
      },
    },
  };
}

// What every story shares: the custom-elements manifest (for the docs tables), autodocs, a
// language and a theme switch in the toolbar, and a 320 px wide viewport.
import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import '@partnerkit/ui/define.js';
import manifest from '../generated/custom-elements.json';

setCustomElementsManifest(manifest);

/**
 * Wraps each story in a provider that keeps data in this page's memory and carries the
 * toolbar's language and theme. A story's own provider or `lang` still wins: elements use the
 * nearest one. Keyed by story, so each story starts on an empty store.
 */
const withProvider: Decorator = (story, context) => {
  const lang = context.globals['locale'] === 'fr' ? 'fr' : 'en';
  const theme = context.globals['theme'] === 'high-contrast' ? 'high-contrast' : nothing;
  // The renderer wants a template result, so the keyed part sits inside one.
  return html`${keyed(
    context.id,
    html`<partnerkit-provider storage="memory" lang=${lang} theme=${theme}>${story()}</partnerkit-provider>`,
  )}`;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withProvider],
  globalTypes: {
    locale: {
      description: 'Language of the elements',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'fr', title: 'Français' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Theme of the elements',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'default', title: 'Default theme' },
          { value: 'high-contrast', title: 'High contrast' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'default' },
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    viewport: {
      options: {
        narrow: { name: 'Narrow phone (320 px)', styles: { width: '320px', height: '640px' }, type: 'mobile' },
        tablet: { name: 'Tablet (768 px)', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
      },
    },
    options: {
      storySort: { order: ['Introduction', 'Embed in your intranet', 'Ladders, matrix and parity', 'Themes', 'Elements'] },
    },
  },
};

export default preview;

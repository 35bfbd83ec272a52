// <partnerkit-provider>: what it is for, shown with the elements that exist in the workspace.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@partnerkit/ui/define.js';

const meta: Meta = {
  title: 'Elements/Provider',
  component: 'partnerkit-provider',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Wrap PartnerKit elements in one provider so they share the same data. ' +
          'Without a provider, each element uses the page’s shared default.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** A provider that keeps data in this page only: reloading the page starts afresh. */
export const MemoryStorage: Story = {
  render: () => html`
    <partnerkit-provider storage="memory">
      <p>Every PartnerKit element placed here shares one store, kept in this page’s memory.</p>
    </partnerkit-provider>
  `,
};

/** `storage="none"`: the elements only fire events; your page keeps the data. */
export const EventsOnly: Story = {
  render: () => html`
    <partnerkit-provider storage="none">
      <p>Elements placed here save nothing. Listen for their <code>pk-*</code> events instead.</p>
    </partnerkit-provider>
  `,
};

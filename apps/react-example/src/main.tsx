// Registers the PartnerKit elements, then renders the app. The define modules come first:
// React 19 sets a prop as a property only when the element already has it, so the tags must
// be defined before React creates them (else `pledges={…}` would become a text attribute).
//
// A Vite app imports each element's define module rather than @partnerkit/widgets' one-file
// bundle: the app then shares one copy of Lit and of @partnerkit/core with its own code, ships
// only the elements it uses, and Vite splits out the parts the elements load on demand.
import '@partnerkit/ui/define.js';
import '@partnerkit/ladder-poll/define.js';
import '@partnerkit/pledge-card/define.js';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import './styles.css';

const root = document.getElementById('root');
if (root === null) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// Every PartnerKit element, for the plain HTML page: one script tag registers them all.
import '@partnerkit/ladder-poll/define.js';
import '@partnerkit/parity-checklist/define.js';
import '@partnerkit/pledge-card/define.js';

/** The version of the PartnerKit elements, compared when two copies meet on one page. */
export const VERSION = '0.1.0';

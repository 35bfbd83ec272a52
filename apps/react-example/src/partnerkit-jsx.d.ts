// The PartnerKit elements in JSX: their properties, attributes and `onpk-…` events, typed.
/// <reference types="@partnerkit/widgets/jsx" />

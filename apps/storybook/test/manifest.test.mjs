// The manifest script on a small fixture element: Lit `static properties`, the JSDoc tags the
// Storybook shows, what the element inherits from PartnerKitElement, and its define call.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analysePackage, PACKAGES } from '../scripts/manifest.mjs';

const ui = analysePackage(PACKAGES[0]);
const fixture = analysePackage({ name: 'sample', dir: 'apps/storybook/test/fixtures/sample-element' }, [{ pkg: PACKAGES[0], manifest: ui }]);
const declarations = fixture.modules.flatMap((module) => module.declarations ?? []);
const meter = declarations.find((declaration) => declaration.name === 'SampleMeter');

test('attributes come from static properties, with their own names', () => {
  assert.equal(meter.tagName, 'sample-meter');
  const attributes = Object.fromEntries(meter.attributes.map((attribute) => [attribute.name, attribute]));
  assert.deepEqual(Object.keys(attributes).sort(), ['endpoint', 'max-value', 'state', 'storage', 'theme', 'value']);
  assert.equal(attributes['max-value'].fieldName, 'maxValue');
  assert.equal(attributes.value.description, 'The number shown.');
  assert.equal(meter.members.find((member) => member.name === 'state').reflects, true);
});

test('property-only data stays a property; internal state and private fields are left out', () => {
  const members = meter.members.map((member) => member.name);
  assert.ok(members.includes('data'));
  assert.equal(meter.attributes.some((attribute) => attribute.name === 'data'), false);
  assert.equal(members.includes('busy'), false);
  assert.equal(members.includes('render'), false, 'protected methods are not API');
});

test('JSDoc tags give the summary, events, parts, CSS properties and slots', () => {
  assert.equal(meter.summary, 'Shows one number.');
  assert.deepEqual(meter.events.map((event) => event.name), ['pk-sample']);
  assert.match(meter.events[0].description, /number changed/);
  assert.deepEqual(meter.cssParts.map((part) => part.name), ['base']);
  assert.deepEqual(meter.cssProperties.map((property) => property.name), ['--pk-color-accent']);
  assert.deepEqual(meter.slots.map((slot) => slot.name), ['label']);
});

test('what the element inherits from @partnerkit/ui is marked so', () => {
  const storage = meter.attributes.find((attribute) => attribute.name === 'storage');
  assert.deepEqual(storage.inheritedFrom, { name: 'PartnerKitElement', package: '@partnerkit/ui' });
});

test('the defineElement call is recorded as the tag’s definition', () => {
  const definitions = fixture.modules
    .flatMap((module) => (module.exports ?? []).map((entry) => ({ ...entry, module: module.path })))
    .filter((entry) => entry.kind === 'custom-element-definition');
  assert.deepEqual(definitions, [
    { kind: 'custom-element-definition', name: 'sample-meter', declaration: { name: 'SampleMeter', module: 'src/sample-meter.ts' }, module: 'src/define.ts' },
  ]);
  assert.equal(declarations.find((declaration) => declaration.name === 'Helper').tagName, undefined);
});

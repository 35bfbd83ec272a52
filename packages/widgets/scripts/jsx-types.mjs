#!/usr/bin/env node
// Writes dist/jsx.d.ts: JSX typings for React 19 generated from the custom-elements manifests of
// the element packages this package bundles, so an integrator's editor completes
// `<ladder-poll poll="…" onpk-vote={(event) => event.detail.rung}>`.
//
// React 19 passes a prop to a custom element as a property when the element has a property of
// that name (`pledges={list}`, `client={client}`), else as an attribute (`min-group-size="3"`),
// and a prop `on` + event name adds a listener for that exact event name (`onpk-vote`). So each
// tag gets:
// - its public, writable properties, typed by the element class itself (`PledgeWall['pledges']`);
// - its attributes whose names differ from their property (`min-group-size`), typed from the
//   manifest's type text (numbers also as text, as an attribute holds text);
// - `onpk-…` handlers, typed with the event types the packages add to
//   `GlobalEventHandlersEventMap` (`pk-vote` → `CustomEvent<PkVoteDetail>`);
// - React's usual HTML props (`id`, `lang`, `ref`, `children`…) minus any name the element uses.
//
// Run by scripts/build.mjs at its end; also runs alone: `node scripts/jsx-types.mjs`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Where the typings go. */
export const JSX_TYPES_FILE = join(packageDir, 'dist', 'jsx.d.ts');

/** In this monorepo, the one script that generates every package's custom-elements.json. */
const MANIFEST_SCRIPT = join(packageDir, '..', '..', 'apps', 'storybook', 'scripts', 'manifest.mjs');

/**
 * Fields an element sets itself. The manifest marks getters `readonly`; fields the element
 * owns (such as `state`) are documented "Read only" in the element's JSDoc.
 */
const READ_ONLY_DESCRIPTION = /\bread only\b|read it rather than set it/i;

/** The packages this package depends on that ship a custom-elements manifest. */
function elementPackages() {
  const own = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  const packages = [];
  for (const name of Object.keys(own.dependencies ?? {}).sort()) {
    const packageJsonFile = findPackageJson(name);
    if (packageJsonFile === undefined) continue;
    const pkg = JSON.parse(readFileSync(packageJsonFile, 'utf8'));
    if (typeof pkg.customElements !== 'string') continue;
    packages.push({ name, dir: dirname(packageJsonFile), manifestFile: join(dirname(packageJsonFile), pkg.customElements) });
  }
  return packages;
}

/**
 * A dependency's package.json, looked up as Node does (node_modules folders upwards); read
 * directly because not every package exports `./package.json`.
 */
function findPackageJson(name) {
  for (let dir = packageDir; ; dir = dirname(dir)) {
    const file = join(dir, 'node_modules', name, 'package.json');
    if (existsSync(file)) return realpathSync(file);
    if (dirname(dir) === dir) return undefined;
  }
}

/** Newest modification time of a package's sources (0 when it ships none, as once published). */
function newestSource(dir) {
  const srcDir = join(dir, 'src');
  if (!existsSync(srcDir)) return 0;
  let newest = 0;
  for (const file of readdirSync(srcDir, { recursive: true })) {
    const time = statSync(join(srcDir, String(file))).mtimeMs;
    if (time > newest) newest = time;
  }
  return newest;
}

/** Regenerates the manifests (in this monorepo) when one is missing or older than its sources. */
function ensureManifests(packages) {
  const stale = packages.filter((pkg) => !existsSync(pkg.manifestFile) || statSync(pkg.manifestFile).mtimeMs < newestSource(pkg.dir));
  if (stale.length === 0) return;
  if (!existsSync(MANIFEST_SCRIPT)) {
    throw new Error(`jsx-types: no custom-elements manifest for ${stale.map((pkg) => pkg.name).join(', ')}`);
  }
  execFileSync(process.execPath, [MANIFEST_SCRIPT, '--quiet'], { stdio: 'inherit' });
  const missing = stale.filter((pkg) => !existsSync(pkg.manifestFile));
  if (missing.length > 0) throw new Error(`jsx-types: the manifest script wrote nothing for ${missing.map((pkg) => pkg.name).join(', ')}`);
}

/** Names the package's main entry exports (its `src/index.ts` module in the manifest). */
function exportedNames(manifest) {
  const index = manifest.modules.find((module) => /^src\/index\.[jt]s$/.test(module.path));
  return new Set((index?.exports ?? []).map((entry) => entry.name));
}

/**
 * Every element the manifests declare, in tag order: tag, class (imported from its package when
 * the package exports it, else plain `HTMLElement`), properties, attributes and events.
 */
export function elementsFrom(packages) {
  const elements = [];
  for (const pkg of packages) {
    const manifest = JSON.parse(readFileSync(pkg.manifestFile, 'utf8'));
    const exported = exportedNames(manifest);
    for (const module of manifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (!declaration.customElement || typeof declaration.tagName !== 'string') continue;
        elements.push({
          tag: declaration.tagName,
          className: declaration.name,
          packageName: exported.has(declaration.name) ? pkg.name : undefined,
          summary: declaration.summary ?? firstSentence(declaration.description),
          members: declaration.members ?? [],
          attributes: declaration.attributes ?? [],
          events: declaration.events ?? [],
        });
      }
    }
  }
  return elements.sort((a, b) => a.tag.localeCompare(b.tag));
}

function firstSentence(text = '') {
  const match = /^[\s\S]*?[.!?](\s|$)/.exec(text.trim());
  return (match ? match[0] : text).trim().replace(/\s+/g, ' ');
}

/** A JSDoc comment (never closing early on a `*\/` in the text). */
function doc(text, indent) {
  const lines = String(text ?? '')
    .trim()
    .replaceAll('*/', '*\\/')
    .split('\n')
    .map((line) => line.trim());
  if (lines.length === 1 && lines[0] === '') return '';
  if (lines.length === 1) return `${indent}/** ${lines[0]} */\n`;
  return `${indent}/**\n${lines.map((line) => `${indent} *${line === '' ? '' : ` ${line}`}`).join('\n')}\n${indent} */\n`;
}

/** A prop name as a TypeScript property key. */
function key(name) {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`;
}

/**
 * The type of an attribute value from the manifest's type text: `string`, `boolean`, string
 * literals, and numbers (also as their text, since an attribute holds text). Named types the
 * manifest cannot explain (`LadderPollState`) fall back to `string`.
 */
export function attributeType(typeText = 'string') {
  const parts = new Set();
  for (const raw of typeText.split('|')) {
    const part = raw.trim();
    if (part === 'undefined' || part === 'null' || part === '') continue;
    if (part === 'number') parts.add('number').add('`${number}`');
    else if (part === 'boolean' || part === 'string' || /^'[^']*'$|^"[^"]*"$/.test(part)) parts.add(part);
    else parts.add('string');
  }
  if (parts.has('string')) for (const part of [...parts]) if (/^['"]/.test(part)) parts.delete(part);
  return [...(parts.size === 0 ? new Set(['string']) : parts), 'undefined'].join(' | ');
}

/** The props of one element: properties, attributes under their own names, event handlers. */
function propsOf(element) {
  const classType = element.packageName === undefined ? 'HTMLElement' : element.className;
  const props = new Map();
  for (const member of element.members) {
    if (member.kind !== 'field' || member.static || member.readonly) continue;
    if (member.privacy === 'private' || member.privacy === 'protected') continue;
    if (READ_ONLY_DESCRIPTION.test(member.description ?? '')) continue;
    const type = element.packageName === undefined ? 'unknown' : `${classType}['${member.name}']`;
    props.set(member.name, { doc: member.description, type: `${type} | undefined` });
  }
  for (const attribute of element.attributes) {
    if (props.has(attribute.name)) continue;
    // An attribute named as its property is set as the property; one the element owns is left out.
    const field = element.members.find((member) => member.name === (attribute.fieldName ?? attribute.name));
    if (field !== undefined && (field.readonly || READ_ONLY_DESCRIPTION.test(field.description ?? ''))) continue;
    if (attribute.name === attribute.fieldName) continue;
    const note = attribute.fieldName === undefined ? '' : `\n\nAttribute form of \`${attribute.fieldName}\`.`;
    props.set(attribute.name, { doc: `${attribute.description ?? ''}${note}`, type: attributeType(attribute.type?.text) });
  }
  const seenEvents = new Set();
  for (const event of element.events) {
    if (typeof event.name !== 'string' || seenEvents.has(event.name)) continue;
    seenEvents.add(event.name);
    props.set(`on${event.name}`, {
      doc: `Listens to \`${event.name}\`: ${event.description ?? ''}`,
      type: `((event: PkEvent<'${event.name}', ${classType}>) => void) | undefined`,
    });
  }
  return props;
}

function interfaceName(element) {
  return `${element.className}Props`;
}

/** The text of dist/jsx.d.ts for these elements. */
export function jsxTypes(elements) {
  const imports = new Map();
  for (const element of elements) {
    if (element.packageName === undefined) continue;
    const names = imports.get(element.packageName) ?? new Set();
    names.add(element.className);
    imports.set(element.packageName, names);
  }
  let out = `// Generated by @partnerkit/widgets scripts/jsx-types.mjs from the custom-elements manifests. Do not edit.
//
// JSX typings for React 19: add \`/// <reference types="@partnerkit/widgets/jsx" />\` to a .d.ts
// file of your app (or "types": ["@partnerkit/widgets/jsx"] in tsconfig.json).
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
`;
  for (const [packageName, names] of [...imports].sort(([a], [b]) => a.localeCompare(b))) {
    out += `import type { ${[...names].sort().join(', ')} } from '${packageName}';\n`;
  }
  out += `
/**
 * The event a \`pk-…\` handler receives: the type the element's package declares in
 * \`GlobalEventHandlersEventMap\`, with \`currentTarget\` the element.
 */
export type PkEvent<Name extends string, Target extends EventTarget> = (Name extends keyof GlobalEventHandlersEventMap
  ? GlobalEventHandlersEventMap[Name]
  : CustomEvent<unknown>) & { readonly currentTarget: Target };

/** An element's own props over React's HTML props (the element's names win). */
export type PartnerKitElementProps<Element extends HTMLElement, Own> = Own &
  Omit<DetailedHTMLProps<HTMLAttributes<Element>, Element>, keyof Own>;
`;
  for (const element of elements) {
    out += `\n${doc(`Props of \`<${element.tag}>\` in JSX. ${element.summary ?? ''}`, '')}`;
    out += `export interface ${interfaceName(element)} {\n`;
    for (const [name, prop] of propsOf(element)) out += `${doc(prop.doc, '  ')}  ${key(name)}?: ${prop.type};\n`;
    out += '}\n';
  }
  out += `\ndeclare module 'react' {\n  namespace JSX {\n    interface IntrinsicElements {\n`;
  for (const element of elements) {
    const classType = element.packageName === undefined ? 'HTMLElement' : element.className;
    out += `      '${element.tag}': PartnerKitElementProps<${classType}, ${interfaceName(element)}>;\n`;
  }
  out += '    }\n  }\n}\n';
  return out;
}

/** Generates dist/jsx.d.ts; returns the tags it typed. */
export function writeJsxTypes({ quiet = false } = {}) {
  const packages = elementPackages();
  ensureManifests(packages);
  const elements = elementsFrom(packages);
  if (elements.length === 0) throw new Error('jsx-types: the manifests declare no element');
  mkdirSync(dirname(JSX_TYPES_FILE), { recursive: true });
  writeFileSync(JSX_TYPES_FILE, jsxTypes(elements));
  const tags = elements.map((element) => element.tag);
  if (!quiet) console.log(`jsx-types: dist/jsx.d.ts types ${tags.join(', ')}`);
  return tags;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeJsxTypes({ quiet: process.argv.includes('--quiet') });
}

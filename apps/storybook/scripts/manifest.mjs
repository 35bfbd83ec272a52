#!/usr/bin/env node
// Builds the custom-elements manifests from the packages' JSDoc: one custom-elements.json per
// element package (shipped with the package, named by its `customElements` field) and one
// merged file that the Storybook reads (`setCustomElementsManifest` in .storybook/preview.ts).
//
// The analyzer's Lit plugin reads `static properties` (attribute names, reflection, types);
// class JSDoc gives @tag, @summary, @fires, @csspart, @cssprop and @slot. @partnerkit/ui is
// analysed first and handed to the element packages as a known manifest, so what an element
// inherits from PartnerKitElement (the `storage` and `theme` attributes) shows in its docs.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { create, ts } from '@custom-elements-manifest/analyzer';
import { litPlugin } from '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, '..', '..', '..');

/** The packages to analyse, @partnerkit/ui first (the others extend its base class). */
export const PACKAGES = [
  { name: '@partnerkit/ui', dir: 'packages/ui' },
  { name: '@partnerkit/ladder-poll', dir: 'packages/ladder-poll' },
  { name: '@partnerkit/parity-checklist', dir: 'packages/parity-checklist' },
  { name: '@partnerkit/pledge-card', dir: 'packages/pledge-card' },
];

/** Where the merged manifest goes (the Storybook imports it). */
export const MERGED_MANIFEST = join(here, '..', 'generated', 'custom-elements.json');

/** The TypeScript sources of a package (`src/**\/*.ts`, no declaration files), sorted. */
function sourceFiles(packageDir) {
  const srcDir = join(packageDir, 'src');
  if (!existsSync(srcDir)) return [];
  return readdirSync(srcDir, { recursive: true })
    .map((file) => join(srcDir, String(file)))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
    .sort();
}

/** Paths inside a manifest use forward slashes, relative to the package. */
function manifestPath(packageDir, file) {
  return relative(packageDir, file).split(sep).join('/');
}

/**
 * The elements register through `defineElement('tag', Class)` from @partnerkit/ui rather than a
 * bare `customElements.define`, which the analyzer does not know. This plugin records each such
 * call as a `custom-element-definition` export of the module that makes it.
 */
function defineElementPlugin() {
  return {
    name: 'partnerkit-define-element',
    analyzePhase({ ts: tsApi, node, moduleDoc }) {
      if (!tsApi.isCallExpression(node) || !tsApi.isIdentifier(node.expression)) return;
      if (node.expression.text !== 'defineElement') return;
      const [tag, element] = node.arguments;
      if (!tag || !element || !tsApi.isStringLiteral(tag) || !tsApi.isIdentifier(element)) return;
      moduleDoc.exports.push({
        kind: 'custom-element-definition',
        name: tag.text,
        declaration: { name: element.text, ...whereDeclared(tsApi, node.getSourceFile(), element.text, moduleDoc.path) },
      });
    },
  };
}

/**
 * Lit's internal reactive state (`{ state: true }` in `static properties`) has no attribute and
 * is not part of the element's API, but the analyzer lists it as an attribute. This plugin
 * notes those names per class so that `tidy` can drop them.
 */
function internalStatePlugin(internalByClass) {
  return {
    name: 'partnerkit-internal-state',
    analyzePhase({ ts: tsApi, node }) {
      if (!tsApi.isClassDeclaration(node) || node.name === undefined) return;
      for (const member of node.members) {
        const isStatic = member.modifiers?.some((modifier) => modifier.kind === tsApi.SyntaxKind.StaticKeyword);
        if (!isStatic || !tsApi.isPropertyDeclaration(member) || member.name.getText() !== 'properties') continue;
        if (member.initializer === undefined || !tsApi.isObjectLiteralExpression(member.initializer)) continue;
        for (const property of member.initializer.properties) {
          if (!tsApi.isPropertyAssignment(property) || !tsApi.isObjectLiteralExpression(property.initializer)) continue;
          const isState = property.initializer.properties.some(
            (option) =>
              tsApi.isPropertyAssignment(option) &&
              option.name.getText() === 'state' &&
              option.initializer.kind === tsApi.SyntaxKind.TrueKeyword,
          );
          if (!isState) continue;
          const names = internalByClass.get(node.name.text) ?? new Set();
          names.add(property.name.getText());
          internalByClass.set(node.name.text, names);
        }
      }
    },
  };
}

/** The module (or package) a name used in `sourceFile` comes from. */
function whereDeclared(tsApi, sourceFile, name, modulePath) {
  for (const statement of sourceFile.statements) {
    if (!tsApi.isImportDeclaration(statement) || !tsApi.isStringLiteral(statement.moduleSpecifier)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !tsApi.isNamedImports(bindings)) continue;
    if (!bindings.elements.some((binding) => binding.name.text === name)) continue;
    const specifier = statement.moduleSpecifier.text;
    if (!specifier.startsWith('.')) return { package: specifier };
    const resolved = new URL(specifier, `file:///${modulePath}`).pathname.slice(1);
    return { module: resolved.replace(/\.js$/, '.ts') };
  }
  return { module: modulePath };
}

/** A public, per-instance member: what a reader of an element's API needs. */
function isPublicInstanceMember(member) {
  return member.privacy !== 'private' && member.privacy !== 'protected' && !member.static && !member.name.startsWith('#');
}

/**
 * Tidies the analyzer's output for readers: keeps only public instance members (Lit internals,
 * internal reactive state, protected helpers and static class fields are not part of an
 * element's API), drops the
 * analyzer's guess at a definition inside the define helper itself (its tag is a variable),
 * and drops empty lists.
 */
function tidy(manifest, internalByClass) {
  for (const module of manifest.modules) {
    module.exports = (module.exports ?? []).filter(
      (entry) => entry.kind !== 'custom-element-definition' || entry.name.includes('-'),
    );
    for (const declaration of module.declarations ?? []) {
      const internal = internalByClass.get(declaration.name) ?? new Set();
      if (Array.isArray(declaration.members)) {
        declaration.members = declaration.members.filter((member) => isPublicInstanceMember(member) && !internal.has(member.name));
      }
      if (Array.isArray(declaration.attributes)) {
        declaration.attributes = declaration.attributes.filter((attribute) => !internal.has(attribute.fieldName ?? attribute.name));
      }
      for (const key of ['members', 'attributes', 'events', 'slots', 'cssParts', 'cssProperties', 'cssStates']) {
        if (Array.isArray(declaration[key]) && declaration[key].length === 0) delete declaration[key];
      }
    }
  }
  return manifest;
}

/**
 * The analyzer names the module an inherited item comes from, but a module of another package
 * means nothing to a reader: name that package instead.
 */
function linkInheritedPackages(manifest, known) {
  const ownModules = new Set(manifest.modules.map((module) => module.path));
  const packageOfClass = new Map();
  for (const { pkg, manifest: other } of known) {
    for (const module of other.modules) for (const declaration of module.declarations ?? []) packageOfClass.set(declaration.name, pkg.name);
  }
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      for (const key of ['members', 'attributes', 'events', 'slots', 'cssParts', 'cssProperties', 'cssStates']) {
        for (const item of declaration[key] ?? []) {
          const from = item.inheritedFrom;
          if (from?.module === undefined || ownModules.has(from.module) || !packageOfClass.has(from.name)) continue;
          item.inheritedFrom = { name: from.name, package: packageOfClass.get(from.name) };
        }
      }
    }
  }
  return manifest;
}

/** Analyses one package; `known` are the `{ pkg, manifest }` of packages it builds on. */
export function analysePackage(pkg, known = []) {
  const packageDir = join(repoRoot, pkg.dir);
  const modules = sourceFiles(packageDir).map((file) =>
    ts.createSourceFile(manifestPath(packageDir, file), readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true),
  );
  const internalByClass = new Map();
  const manifest = create({
    modules,
    plugins: [...litPlugin(), defineElementPlugin(), internalStatePlugin(internalByClass)],
    // Copies: the analyzer re-links the classes of known manifests too, and would change them.
    context: { dev: false, thirdPartyCEMs: known.map((entry) => structuredClone(entry.manifest)) },
  });
  return tidy(linkInheritedPackages(manifest, known), internalByClass);
}

/** The tags a manifest declares. */
export function tagsIn(manifest) {
  return manifest.modules.flatMap((module) =>
    (module.declarations ?? []).filter((declaration) => declaration.tagName).map((declaration) => declaration.tagName),
  );
}

/** One manifest for the Storybook: every package's modules, paths from the repository root. */
function merge(entries) {
  return {
    schemaVersion: '1.0.0',
    readme: '',
    modules: entries.flatMap(({ pkg, manifest }) =>
      manifest.modules.map((module) => ({ ...module, path: `${pkg.dir}/${module.path}` })),
    ),
  };
}

function writeJson(file, value) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

/** Analyses every package that has sources, writes the files and returns what it found. */
export function buildManifests({ quiet = false } = {}) {
  const entries = [];
  for (const pkg of PACKAGES) {
    const packageDir = join(repoRoot, pkg.dir);
    if (sourceFiles(packageDir).length === 0) {
      if (!quiet) console.log(`custom-elements manifest: ${pkg.dir} has no sources yet, skipped`);
      continue;
    }
    const manifest = analysePackage(pkg, entries);
    writeJson(join(packageDir, 'custom-elements.json'), manifest);
    entries.push({ pkg, manifest });
  }
  const merged = merge(entries);
  writeJson(MERGED_MANIFEST, merged);
  if (!quiet) {
    const tags = tagsIn(merged);
    console.log(`custom-elements manifest: ${tags.length} elements (${tags.join(', ')})`);
  }
  return merged;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  buildManifests({ quiet: process.argv.includes('--quiet') });
}

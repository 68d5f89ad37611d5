import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * What the first visit loads (issue 8: at most 200 kB gzipped) is what main.tsx reaches through
 * static imports; the bench measures the built files (npm run bench:browser). This checks the
 * source without a build: the lazy parts must stay behind their dynamic import().
 */
const SOURCES = import.meta.glob<string>(['../**/*.ts', '../**/*.tsx', '!../**/*.test.ts', '!../**/*.test.tsx'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** `src/`-relative paths, as in `app/App.tsx`. */
const here = new URL('file:///src/app/');
const fromSrc = (url: URL) => url.pathname.replace(/^\/src\//, '');
const sourceByPath = new Map(Object.entries(SOURCES).map(([key, text]) => [fromSrc(new URL(key, here)), text]));

interface ModuleImports {
  /** Imports that load the module at run time (not `import type`), relative ones resolved to files. */
  files: string[];
  packages: string[];
  /** `import('./x.tsx')` targets, resolved. */
  lazy: string[];
}

function importsOf(file: string): ModuleImports {
  const text = sourceByPath.get(file);
  if (text === undefined) throw new Error(`No source for ${file}: is it outside web/src, or not .ts/.tsx?`);
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const found: ModuleImports = { files: [], packages: [], lazy: [] };
  const resolve = (specifier: string) => fromSrc(new URL(specifier, new URL(file, 'file:///src/')));
  const addStatic = (specifier: string) =>
    specifier.startsWith('.') ? found.files.push(resolve(specifier)) : found.packages.push(specifier);
  const visit = (node: ts.Node) => {
    // With verbatimModuleSyntax, `import { type A } from 'x'` still loads x; only `import type` does not.
    if (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly && ts.isStringLiteral(node.moduleSpecifier)) {
      addStatic(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && !node.isTypeOnly && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      addStatic(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [specifier] = node.arguments;
      if (specifier && ts.isStringLiteral(specifier) && specifier.text.startsWith('.')) found.lazy.push(resolve(specifier.text));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Every source module main.tsx loads before anything lazy, the packages they load, and the lazy targets they name. */
function initialGraph(entry: string) {
  const modules = new Set<string>();
  const packages = new Set<string>();
  const lazy = new Set<string>();
  const pending = [entry];
  for (let file = pending.pop(); file; file = pending.pop()) {
    if (modules.has(file) || !/\.tsx?$/.test(file)) continue; // CSS and assets are not JavaScript
    modules.add(file);
    const imports = importsOf(file);
    imports.packages.forEach((name) => packages.add(name));
    imports.lazy.forEach((target) => lazy.add(target));
    pending.push(...imports.files);
  }
  return { modules, packages, lazy };
}

describe('the initial bundle', () => {
  const { modules, packages, lazy } = initialGraph('main.tsx');

  it('loads no Cytoscape: the canvas arrives in its own chunk', () => {
    expect([...packages].filter((name) => name.startsWith('cytoscape'))).toEqual([]);
    expect(lazy).toContain('graph/GraphCanvas.tsx');
  });

  it('loads no page but the explorer: the others are lazy', () => {
    expect([...lazy].sort()).toEqual([
      'features/collaboration/CollaborationPage.tsx',
      'features/import/ImportPage.tsx',
      'features/panels/PanelsPage.tsx',
      'features/people/PersonPage.tsx',
      'features/themes/ThemePage.tsx',
      'features/themes/ThemesIndexPage.tsx',
      'graph/GraphCanvas.tsx',
    ]);
    const eager = [...lazy].filter((target) => modules.has(target));
    expect(eager, 'a static import of a lazy part puts it back into the first download').toEqual([]);
  });

  it("keeps the other pages' components out (the panel builder's state lives above the pages, by design)", () => {
    const components = [...modules].filter((file) => /^features\/(themes|people|panels|collaboration|import)\/.*\.tsx$/.test(file));
    expect(components).toEqual(['features/panels/PanelBuilderProvider.tsx']);
  });
});

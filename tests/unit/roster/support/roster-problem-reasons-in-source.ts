// Every reason the roster engine can write, read from its source: the English sentence of each
// problem, with its variable parts (a file name, a line, a UAI…) written as PLACEHOLDER. A new
// problem added anywhere under main/roster shows up here without anyone listing it by hand.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export const PLACEHOLDER = '0';

export interface SourcedReason {
  /** file:line of the expression, for the failure message. */
  at: string;
  text: string;
}

// A problem's reason is given to one of these (the sinks and helpers that build a RosterProblem)…
const REASON_CALLS = new Set(['report', 'setProblem', 'fileProblem', 'refuse']);
// …or pushed onto these lists of a zip's refusals, or set as the `reason` of a returned object.
const REASON_LISTS = new Set(['errors', 'ignored']);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

/** What a name can stand for: the expressions a constant holds or a helper returns. */
type Names = Map<string, ts.Expression[]>;

/**
 * The texts an expression can evaluate to, when it is made of string literals, templates,
 * concatenations, conditionals, `??`, string constants and helpers returning strings; [] when
 * it is none of these (a value passed along, whose own source is read where it is made).
 */
function textsOf(
  node: ts.Expression,
  names: (name: string) => ts.Expression[] | undefined,
): string[] {
  const orPlaceholder = (texts: string[]) => (texts.length > 0 ? texts : [PLACEHOLDER]);
  if (ts.isParenthesizedExpression(node)) return textsOf(node.expression, names);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isTemplateExpression(node)) {
    let texts = [node.head.text];
    for (const span of node.templateSpans) {
      const parts = orPlaceholder(textsOf(span.expression, names));
      texts = texts.flatMap((t) => parts.map((p) => t + p + span.literal.text));
    }
    return texts;
  }
  if (ts.isBinaryExpression(node)) {
    if (node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      const left = orPlaceholder(textsOf(node.left, names));
      const right = orPlaceholder(textsOf(node.right, names));
      return left.flatMap((a) => right.map((b) => a + b));
    }
    if (node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken) {
      return [...orPlaceholder(textsOf(node.left, names)), ...textsOf(node.right, names)];
    }
  }
  if (ts.isConditionalExpression(node)) {
    return [...textsOf(node.whenTrue, names), ...textsOf(node.whenFalse, names)];
  }
  const named = ts.isIdentifier(node)
    ? names(node.text)
    : ts.isCallExpression(node) && ts.isIdentifier(node.expression)
      ? names(node.expression.text)
      : undefined;
  return (named ?? []).flatMap((expression) => textsOf(expression, names));
}

/** Constants, arrow helpers and functions declared in `scope` (the whole file or its top level). */
function declaredNames(source: ts.SourceFile, topLevelOnly: boolean): Names {
  const names: Names = new Map();
  const add = (name: string, expressions: ts.Expression[]) =>
    names.set(name, [...(names.get(name) ?? []), ...expressions]);
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      const init = node.initializer;
      add(node.name.text, [ts.isArrowFunction(init) && !ts.isBlock(init.body) ? init.body : init]);
    }
    if (ts.isFunctionDeclaration(node) && node.name && node.body) {
      const returned: ts.Expression[] = [];
      const collect = (inner: ts.Node): void => {
        if (ts.isReturnStatement(inner) && inner.expression) returned.push(inner.expression);
        if (!ts.isFunctionLike(inner)) ts.forEachChild(inner, collect);
      };
      ts.forEachChild(node.body, collect);
      add(node.name.text, returned);
    }
    if (
      !topLevelOnly ||
      ts.isSourceFile(node) ||
      ts.isVariableStatement(node) ||
      ts.isVariableDeclarationList(node)
    ) {
      ts.forEachChild(node, visit);
    }
  };
  visit(source);
  return names;
}

function isStringish(node: ts.Expression | undefined): node is ts.Expression {
  return node !== undefined && !ts.isObjectLiteralExpression(node) && !ts.isNumericLiteral(node);
}

export function rosterProblemReasonsInSource(root: string): SourcedReason[] {
  const files = filesUnder(join(root, 'main/roster')).map((path) => ({
    path,
    source: ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true),
  }));
  // A name is looked up in its own file first, then among every file's top-level declarations
  // (DUPLICATE_GUARDIAN, twoDivisions…).
  const shared: Names = new Map();
  for (const { source } of files) {
    for (const [name, expressions] of declaredNames(source, true)) {
      shared.set(name, [...(shared.get(name) ?? []), ...expressions]);
    }
  }
  const reasons: SourcedReason[] = [];
  for (const { path, source } of files) {
    const local = declaredNames(source, false);
    const names = (name: string) => local.get(name) ?? shared.get(name);
    const add = (node: ts.Expression) => {
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      for (const text of textsOf(node, names)) {
        reasons.push({ at: `${relative(root, path)}:${line}`, text });
      }
    };
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node)) {
        const callee = node.expression;
        const last = node.arguments[node.arguments.length - 1];
        if (ts.isIdentifier(callee) && REASON_CALLS.has(callee.text) && isStringish(last))
          add(last);
        if (
          ts.isPropertyAccessExpression(callee) &&
          callee.name.text === 'push' &&
          ts.isIdentifier(callee.expression) &&
          REASON_LISTS.has(callee.expression.text) &&
          isStringish(last)
        ) {
          add(last);
        }
      }
      if (
        ts.isPropertyAssignment(node) &&
        ts.isIdentifier(node.name) &&
        node.name.text === 'reason'
      ) {
        add(node.initializer);
      }
      if (
        ts.isPropertyAssignment(node) &&
        ts.isIdentifier(node.name) &&
        REASON_LISTS.has(node.name.text) &&
        ts.isArrayLiteralExpression(node.initializer)
      ) {
        node.initializer.elements.forEach((element) => add(element));
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return reasons;
}

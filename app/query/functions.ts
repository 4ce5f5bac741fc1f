// The functions the workbench's autocomplete offers.
/**
 * Cypher functions offered by autocomplete: those both engines answer as Neo4j
 * does (tests/app/query/workbench.test.ts checks each against the embedded
 * engine's translation, graph/query/kuzu-translate/).
 */
export const FUNCTIONS = [
  ['count', '(expression) :: INTEGER'],
  ['collect', '(expression) :: LIST'],
  ['sum', '(expression) :: NUMBER'],
  ['avg', '(expression) :: FLOAT'],
  ['min', '(expression) :: ANY'],
  ['max', '(expression) :: ANY'],
  ['round', '(value :: FLOAT) :: FLOAT'],
  ['type', '(relationship) :: STRING'],
  ['labels', '(node) :: LIST<STRING>'],
  ['nodes', '(path) :: LIST<NODE>'],
  ['relationships', '(path) :: LIST<RELATIONSHIP>'],
  ['length', '(path) :: INTEGER'],
  ['size', '(list) :: INTEGER'],
  ['coalesce', '(expression, …) :: ANY'],
  ['toString', '(value) :: STRING'],
  ['toLower', '(string) :: STRING'],
  ['toUpper', '(string) :: STRING'],
  ['toInteger', '(value) :: INTEGER'],
  ['toFloat', '(value) :: FLOAT'],
  ['substring', '(original :: STRING, start :: INTEGER, length :: INTEGER) :: STRING'],
  ['replace', '(original :: STRING, search :: STRING, replace :: STRING) :: STRING'],
  ['split', '(original :: STRING, splitDelimiter :: STRING) :: LIST<STRING>'],
  ['trim', '(string) :: STRING'],
  ['left', '(original :: STRING, length :: INTEGER) :: STRING'],
  ['right', '(original :: STRING, length :: INTEGER) :: STRING'],
  ['head', '(list) :: ANY'],
  ['last', '(list) :: ANY'],
  ['tail', '(list) :: LIST'],
  ['range', '(start :: INTEGER, end :: INTEGER, step :: INTEGER) :: LIST<INTEGER>'],
  ['isEmpty', '(list or string) :: BOOLEAN'],
  ['abs', '(number) :: NUMBER'],
  ['floor', '(number) :: FLOAT'],
  ['ceil', '(number) :: FLOAT'],
  ['sqrt', '(number) :: FLOAT'],
].map(([name, signature]) => ({ name: name!, signature: signature! }));

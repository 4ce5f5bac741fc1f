// cytoscape-svg ships no types: it is a cytoscape extension adding cy.svg().
declare module 'cytoscape-svg' {
  import type { Ext } from 'cytoscape';
  const ext: Ext;
  export default ext;
}

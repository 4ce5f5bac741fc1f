'use client';
// react-cytoscapejs with a choice of renderer. The component creates its core
// with a fixed list of options that leaves out `webgl`, and a renderer can
// only be chosen when the core is created, so this subclass creates the core
// itself (as its parent class does, plus the renderer) and hands over to the
// parent for everything else: elements, style and viewport patching, the cy
// callback and destroy on unmount.
import cytoscape, { type Core } from 'cytoscape';
import type { RefObject } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';

type Props = React.ComponentProps<typeof CytoscapeComponent> & {
  /** cytoscape's WebGL renderer (3.31+): draws tens of thousands of elements at interactive rates. */
  webgl: boolean;
};

interface ParentInternals {
  containerRef: RefObject<HTMLDivElement | null>;
  _cy: Core;
  updateCytoscape(prev: unknown, next: unknown): void;
}

export default class CytoscapeView extends CytoscapeComponent {
  declare props: Props;

  componentDidMount() {
    const self = this as unknown as ParentInternals;
    const { headless, styleEnabled, hideEdgesOnViewport, textureOnViewport, motionBlur, motionBlurOpacity, wheelSensitivity, pixelRatio, webgl } = this.props;
    self._cy = cytoscape({
      container: self.containerRef.current ?? undefined,
      headless,
      styleEnabled,
      hideEdgesOnViewport,
      textureOnViewport,
      motionBlur,
      motionBlurOpacity,
      wheelSensitivity,
      pixelRatio: pixelRatio as number | 'auto' | undefined,
      // A rendering hint of the canvas renderer, accepted at the top level.
      webgl,
    });
    self.updateCytoscape(null, this.props);
  }
}

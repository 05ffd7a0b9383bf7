// @grafana/ui icons load SVGs over the network through react-inlinesvg; in jsdom render a plain element.
import React from 'react';

type Props = { src?: string; innerRef?: unknown } & Record<string, unknown>;

export default function InlineSVG({ src, innerRef: _ref, ...rest }: Props) {
  const svgProps: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(rest)) {
    if (typeof value === 'string' || typeof value === 'number') {
      svgProps[key] = value;
    }
  }
  return <svg data-src={src} {...svgProps} />;
}

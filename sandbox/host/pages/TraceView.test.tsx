/**
 * @jest-environment jsdom
 */
import React from 'react';
import { render, screen, within } from '@testing-library/react';
import { traceFrame } from '../services/traces';
import { TraceView } from './TraceView';

describe("Explore's trace view", () => {
  it('shows the trace ID and its spans, every value as text', () => {
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const frame = traceFrame(
      [
        {
          traceId,
          spanId: '00f067aa0ba902b7',
          name: '<img src=x onerror=alert(1)>',
          service: 'rideshare',
          startMs: 1700000000000,
          endMs: 1700000000212,
        },
      ],
      'A'
    );
    const { container } = render(<TraceView frame={frame} />);
    const view = screen.getByTestId('trace-view');
    expect(within(view).getByRole('heading').textContent).toBe(`Trace ${traceId}`);
    const cells = within(screen.getByTestId('trace-spans'))
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells[0]).toBe('rideshare');
    expect(cells[1]).toBe('<img src=x onerror=alert(1)>');
    expect(cells[2]).toBe('00f067aa0ba902b7');
    expect(cells[3]).toMatch(/\d{2}:\d{2}:\d{2}\.\d{3}/);
    expect(cells[4]).toBe('212 ms');
    expect(container.querySelector('img')).toBeNull();
  });
});

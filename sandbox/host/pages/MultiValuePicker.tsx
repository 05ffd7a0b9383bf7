/**
 * A multi-value variable's picker as Grafana 13's: the menu stays open while values are ticked
 * (All stays listed, ticked or not), All is exclusive, and the selection is applied — panels
 * re-run — once, when the menu closes, not on every tick.
 */
import React, { useState } from 'react';
import { MultiSelect } from '@grafana/ui';
import type { HostVariable } from '../services/templateSrv';
import { nextMultiValue } from '../services/variableDeps';

export function MultiValuePicker({
  variable,
  options,
  onCommit,
}: {
  variable: HostVariable;
  options: Array<{ label: string; value: string }>;
  onCommit: (current: string[]) => void;
}) {
  // The ticks while the menu is open; undefined when it is closed (the variable's value shows).
  const [pending, setPending] = useState<string[]>();
  const [menuOpen, setMenuOpen] = useState(false);
  const shown = pending ?? variable.current;
  return (
    <MultiSelect
      aria-label={`Variable ${variable.name}`}
      width={30}
      options={options}
      value={shown}
      closeMenuOnSelect={false}
      hideSelectedOptions={false}
      onChange={(sel) => {
        const next = nextMultiValue(
          shown,
          sel.map((s) => String(s.value)),
          variable.includeAll,
          variable.options[0]?.value
        );
        // A chip removed with the menu closed applies at once.
        return menuOpen ? setPending(next) : onCommit(next);
      }}
      onOpenMenu={() => setMenuOpen(true)}
      onCloseMenu={() => {
        setMenuOpen(false);
        if (pending && pending.join('\u0000') !== variable.current.join('\u0000')) {
          onCommit(pending);
        }
        setPending(undefined);
      }}
    />
  );
}

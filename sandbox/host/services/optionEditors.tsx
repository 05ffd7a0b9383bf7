/**
 * The standard option editors a panel's option builder asks for (`builder.addRadio(...)` looks up
 * `standardEditorsRegistry.get('radio')`), as Grafana registers them at boot
 * (public/app/core/components/OptionsUI/registry.tsx). The host registers the kinds panels built
 * with plain options use; any other kind throws "Undefined: <id>" when a plugin asks for it, as in
 * Grafana a missing editor would — nothing is silently dropped.
 *
 * Like Grafana's: text inputs commit on blur or Enter, not per keystroke; numbers also half a
 * second after the last key, and a number out of the item's min/max is corrected into range,
 * committed, and marked "Out of range".
 */
import React, { useEffect, useState } from 'react';
import type { SelectableValue, StandardEditorProps, StandardEditorsRegistryItem } from '@grafana/data';
import { standardEditorsRegistry } from '@grafana/data';
import { Field, Input, MultiSelect, RadioButtonGroup, Select, Switch, TextArea } from '@grafana/ui';

type Options = { options?: Array<SelectableValue<unknown>> };

function TextEditor({
  value,
  onChange,
  id,
  item,
}: StandardEditorProps<string, { useTextarea?: boolean; rows?: number }>) {
  const [text, setText] = useState(value ?? '');
  useEffect(() => setText(value ?? ''), [value]);
  const commit = () => text !== (value ?? '') && onChange(text);
  // As Grafana's StringValueEditor: a textarea commits on blur only (Enter is a new line).
  if (item.settings?.useTextarea) {
    return (
      <TextArea
        id={id}
        rows={item.settings.rows ?? 5}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        onBlur={commit}
      />
    );
  }
  return (
    <Input
      id={id}
      value={text}
      onChange={(e) => setText(e.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(e) => e.key === 'Enter' && commit()}
    />
  );
}

function NumberEditor({
  value,
  onChange,
  id,
  item,
}: StandardEditorProps<number, { min?: number; max?: number; integer?: boolean }>) {
  const [text, setText] = useState(value === undefined ? '' : String(value));
  const [corrected, setCorrected] = useState(false);
  useEffect(() => setText(value === undefined ? '' : String(value)), [value]);
  const { min, max, integer } = item.settings ?? {};
  // As Grafana's NumberInput: a value out of min/max is corrected into range and committed, with
  // "Out of range" under the field; typing commits half a second after the last key, or at once on
  // blur and Enter.
  const commit = (raw: string) => {
    const parsed = raw.trim() === '' ? undefined : Number(raw);
    if (parsed !== undefined && Number.isNaN(parsed)) {
      return;
    }
    let v = parsed !== undefined && integer ? Math.round(parsed) : parsed;
    const out = v !== undefined && ((min !== undefined && v < min) || (max !== undefined && v > max));
    if (v !== undefined && out) {
      v = Math.min(max ?? v, Math.max(min ?? v, v));
      setText(String(v));
    }
    setCorrected(out);
    if (v !== value) {
      onChange(v);
    }
  };
  const timer = React.useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => clearTimeout(timer.current), []);
  return (
    <Field invalid={corrected} error={corrected ? `Out of range ${min ?? ''} to ${max ?? ''}` : undefined}>
      <Input
        id={id}
        type="number"
        min={min}
        max={max}
        value={text}
        onChange={(e) => {
          const raw = e.currentTarget.value;
          setText(raw);
          clearTimeout(timer.current);
          timer.current = setTimeout(() => commit(raw), 500);
        }}
        onBlur={(e) => {
          clearTimeout(timer.current);
          commit(e.currentTarget.value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            clearTimeout(timer.current);
            commit(e.currentTarget.value);
          }
        }}
      />
    </Field>
  );
}

function BooleanEditor({ value, onChange, id }: StandardEditorProps<boolean>) {
  return <Switch id={id} value={!!value} onChange={(e) => onChange(e.currentTarget.checked)} />;
}

function RadioEditor({ value, onChange, item }: StandardEditorProps<unknown, Options>) {
  return <RadioButtonGroup options={item.settings?.options ?? []} value={value} onChange={(v) => onChange(v)} />;
}

function SelectEditor({ value, onChange, item, id }: StandardEditorProps<unknown, Options>) {
  return (
    <Select
      inputId={id}
      options={item.settings?.options ?? []}
      value={value}
      onChange={(s: SelectableValue<unknown>) => onChange(s.value)}
    />
  );
}

function MultiSelectEditor({ value, onChange, item, id }: StandardEditorProps<unknown[], Options>) {
  return (
    <MultiSelect
      inputId={id}
      options={item.settings?.options ?? []}
      value={value ?? []}
      onChange={(s: Array<SelectableValue<unknown>>) => onChange(s.map((x) => x.value))}
    />
  );
}

const EDITORS: Array<StandardEditorsRegistryItem> = [
  { id: 'text', name: 'Text', editor: TextEditor as StandardEditorsRegistryItem['editor'] },
  { id: 'number', name: 'Number', editor: NumberEditor as StandardEditorsRegistryItem['editor'] },
  { id: 'slider', name: 'Slider', editor: NumberEditor as StandardEditorsRegistryItem['editor'] },
  { id: 'boolean', name: 'Boolean', editor: BooleanEditor as StandardEditorsRegistryItem['editor'] },
  { id: 'radio', name: 'Radio', editor: RadioEditor as StandardEditorsRegistryItem['editor'] },
  { id: 'select', name: 'Select', editor: SelectEditor as StandardEditorsRegistryItem['editor'] },
  { id: 'multi-select', name: 'Multi select', editor: MultiSelectEditor as StandardEditorsRegistryItem['editor'] },
];

/** Called once at boot, before any plugin builds its options. */
export function registerOptionEditors(): void {
  standardEditorsRegistry.setInit(() => EDITORS);
}

import type { ControlKind, FieldDescriptor } from './types';

/** A described field with the collector's defaults for what is not said: visible, enabled, empty, outside any section. */
export function describedField(id: string, kind: ControlKind, labels: string[], extra: Partial<FieldDescriptor> = {}): FieldDescriptor {
  return { id, kind, labels, sections: [], required: false, visible: true, disabled: false, readOnly: false, currentValue: '', ...extra };
}

import {
  CONTACT_MODE_LABELS,
  CONTACT_MODES,
  CONTACT_MOMENT_KIND_LABELS,
  CONTACT_MOMENT_KINDS,
  type ContactMode,
  type ContactMomentKind,
} from '@stelsel/placements-common';

/** The choices of the contact-moment forms: the modes and kinds as select options, and back. */
export const modeOptions = CONTACT_MODES.map((mode) => ({ value: mode, label: CONTACT_MODE_LABELS[mode] }));
export const kindOptions = CONTACT_MOMENT_KINDS.map((kind) => ({
  value: kind,
  label: CONTACT_MOMENT_KIND_LABELS[kind],
}));
export const asMode = (value: string): ContactMode | '' => CONTACT_MODES.find((m) => m === value) ?? '';
export const asKind = (value: string): ContactMomentKind | '' => CONTACT_MOMENT_KINDS.find((k) => k === value) ?? '';

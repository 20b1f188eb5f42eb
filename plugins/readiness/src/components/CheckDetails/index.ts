export { CheckStatusChip, CHECK_STATUS_LABELS } from './CheckStatusChip';
export type { CheckStatusChipProps } from './CheckStatusChip';
export { AttestationNote, ExemptionNote } from './VerdictNotes';
export type { AttestationNoteProps, ExemptionNoteProps } from './VerdictNotes';
export { AffectedObjects, objectLabel } from './AffectedObjects';
export type { AffectedObjectsProps } from './AffectedObjects';

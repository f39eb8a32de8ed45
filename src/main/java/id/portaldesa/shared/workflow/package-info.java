/**
 * Workflow records (design §4a): the one shape of a recorded state change ({@link
 * id.portaldesa.shared.workflow.StateChange}), the one event that announces it ({@link
 * id.portaldesa.shared.workflow.StateChanged}), the table of allowed moves of a kind of record
 * ({@link id.portaldesa.shared.workflow.Transitions}) and the service every {@code moveTo(…)} goes
 * through ({@link id.portaldesa.shared.workflow.StateChanges}). Letters and participation write
 * here; history pages, notifications and the dashboard read here, without importing each other.
 */
package id.portaldesa.shared.workflow;

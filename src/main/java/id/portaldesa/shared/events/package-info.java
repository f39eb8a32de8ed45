/**
 * Change events that features fire and other features observe after commit, designed to be
 * published to every node of a cluster later (serializable plain data, no entity in them).
 */
package id.portaldesa.shared.events;

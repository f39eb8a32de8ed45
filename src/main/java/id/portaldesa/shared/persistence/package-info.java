/**
 * The one database: its DataSource, the Flyway migrations that own the schema, and the mapped
 * superclass every village-owned entity extends.
 */
package id.portaldesa.shared.persistence;

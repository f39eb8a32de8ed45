/**
 * Rate limits kept in the database, so a restart or another node does not reset them: a fixed window
 * per limit and key (a visitor's address, an account), counted under a row lock. Registration, login
 * and password reset use it now, submissions later.
 */
package id.portaldesa.shared.ratelimit;

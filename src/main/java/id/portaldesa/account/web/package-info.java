/** Pages for logging in and out, registering, confirming, accepting invitations and managing staff. */
package id.portaldesa.account.web;

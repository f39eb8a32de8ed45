/** Jakarta Faces plumbing shared by every page: messages in the user's language, URL building. */
package id.portaldesa.shared.web;

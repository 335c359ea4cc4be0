/**
 * The administration views of the platform: modules, settings, users and roles, the audit journal. Each view is
 * contributed to the UI host by a DS component that hands the view the services it needs; nothing is exported.
 */
package org.opora.platform.admin.internal;

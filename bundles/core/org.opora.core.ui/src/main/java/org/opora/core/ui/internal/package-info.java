/**
 * The views of the support service core and the helpers they share (dates, notifications, service failures). Each
 * view is contributed to the UI host by a DS component that hands it the core services it needs; nothing is
 * exported.
 */
package org.opora.core.ui.internal;

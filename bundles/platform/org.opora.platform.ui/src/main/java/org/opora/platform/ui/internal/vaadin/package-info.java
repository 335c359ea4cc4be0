/**
 * The low-level wiring that makes Vaadin Flow run on the OSGi Servlet Whiteboard without servlet-container
 * initializers: the Lookup, programmatic routes, static resources from the bundle class path, the context class
 * loader. It relies on Vaadin internals; {@code VaadinWiringTest} fails loudly when an upgrade changes them.
 */
package org.opora.platform.ui.internal.vaadin;

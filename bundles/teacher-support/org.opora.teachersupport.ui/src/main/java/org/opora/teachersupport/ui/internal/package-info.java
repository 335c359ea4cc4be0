/**
 * The views of the individual methodological support of a teacher (regulation 004). Nothing here is exported: the
 * views reach the module through its services and the platform through its whiteboards.
 */
package org.opora.teachersupport.ui.internal;

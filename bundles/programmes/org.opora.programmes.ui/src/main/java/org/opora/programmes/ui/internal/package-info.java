/** The views of individual support (regulations 002 and 001); nothing here is exported. */
package org.opora.programmes.ui.internal;
